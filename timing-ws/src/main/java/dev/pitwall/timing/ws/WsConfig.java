package dev.pitwall.timing.ws;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings of the race socket ({@code timing.ws.*}; environment {@code TIMING_WS_...}). */
@ConfigMapping(prefix = "timing.ws")
public interface WsConfig {

    /** Most updates a viewer gets per second; changes in between are conflated into the next one. */
    @WithDefault("10")
    int maxRate();

    /** Origins a browser may connect from ({@code *} for any); a connection without an Origin header is allowed. */
    @WithDefault("*")
    List<String> allowedOrigins();

    /** Updates in a row a viewer may leave unsent (still busy with the last one) before it is closed as too slow. */
    @WithDefault("50")
    int maxBusyTicks();

    /** How far back a viewer may delay the race, in seconds. */
    @WithDefault("120")
    int historySeconds();
}
