package dev.pitwall.staging.jolpica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the Jolpica (Ergast-format) client: where it is, how hard we may call it, how we retry. */
@ConfigMapping(prefix = "pitwall.jolpica")
public interface JolpicaConfig {

    /** Base URL of the Ergast-format API, without a trailing slash (env {@code PITWALL_JOLPICA_URL}). */
    @WithDefault("https://api.jolpi.ca/ergast/f1")
    String url();

    /** Rows asked for per page; Jolpica caps {@code limit} at 100. */
    @WithDefault("100")
    int pageLimit();

    /** Requests allowed in any one-second window (Jolpica's burst limit is 4/s). */
    @WithDefault("4")
    int perSecond();

    /** Length of the short window; a little over 1 s leaves room for network jitter between us and the server. */
    @WithDefault("1100ms")
    Duration secondWindow();

    /** Requests allowed in any rolling hour (Jolpica's sustained limit is 500/h). */
    @WithDefault("500")
    int perHour();

    /** Retries after the first attempt, for 429, 5xx, timeouts and I/O errors. */
    @WithDefault("4")
    int maxRetries();

    /** Base delay between retries. */
    @WithDefault("2s")
    Duration retryDelay();

    /** Random jitter added to or taken from each retry delay. */
    @WithDefault("1s")
    Duration retryJitter();

    /** Longest we accept to wait for a {@code Retry-After}; longer waits are capped to this. */
    @WithDefault("120s")
    Duration maxRetryAfter();

    /** Rolling number of attempts the circuit breaker looks at. */
    @WithDefault("10")
    int breakerVolume();

    /** Share of failed attempts in that window that opens the circuit. */
    @WithDefault("0.5")
    double breakerFailureRatio();

    /** How long an open circuit stays open before a trial call. */
    @WithDefault("60s")
    Duration breakerDelay();
}
