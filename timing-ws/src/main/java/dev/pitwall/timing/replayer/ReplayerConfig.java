package dev.pitwall.timing.replayer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the replayer is and how long to wait for it ({@code pitwall.replayer.*}; environment {@code PITWALL_REPLAYER_...}). */
@ConfigMapping(prefix = "pitwall.replayer")
public interface ReplayerConfig {

    /** Base URL of the replayer's REST API ({@code PITWALL_REPLAYER_URL}). */
    @WithDefault("http://127.0.0.1:8081")
    String url();

    /** How long to wait for a connection to the replayer. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for the replayer's answer once connected. */
    @WithDefault("5s")
    Duration readTimeout();
}
