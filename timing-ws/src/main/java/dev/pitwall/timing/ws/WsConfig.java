package dev.pitwall.timing.ws;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.OptionalInt;

/** Settings of the race socket ({@code timing.ws.*}; environment {@code TIMING_WS_...}). */
@ConfigMapping(prefix = "timing.ws")
public interface WsConfig {

    /** Most updates a viewer gets per second; changes in between are conflated into the next one. */
    @WithDefault("10")
    int maxRate();

    /**
     * Send a change as soon as it is applied (but never sooner than {@code 1/max-rate} after the last send);
     * false sends on fixed ticks of {@code 1/max-rate}, whatever the moment of the change.
     */
    @WithDefault("true")
    boolean sendOnChange();

    /** Origins a browser may connect from ({@code *} for any); a connection without an Origin header is allowed. */
    @WithDefault("*")
    List<String> allowedOrigins();

    /** Updates in a row a viewer may leave unsent (still busy with the last one) before it is closed as too slow. */
    @WithDefault("50")
    int maxBusyTicks();

    /** How far back a viewer may delay the race, in seconds. */
    @WithDefault("120")
    int historySeconds();

    /** How many of the most conflated viewers get a gauge of their own on /q/metrics (tagged by viewer id). */
    @WithDefault("10")
    int metricsTopViewers();

    /**
     * Whether the HTTP server offers WebSocket compression (permessage-deflate, which browsers ask for). Off by
     * default: it deflates every message once per connection, which thousands of viewers cannot afford.
     */
    @WithDefault("false")
    boolean compression();

    /**
     * The kernel send buffer (SO_SNDBUF, bytes) of the HTTP server's connections; unset leaves the kernel's
     * auto-tuning (up to several MiB per connection). A small one bounds the memory a stalled client holds in
     * the kernel and makes it show as slow (and be closed) sooner.
     */
    OptionalInt sendBufferBytes();
}
