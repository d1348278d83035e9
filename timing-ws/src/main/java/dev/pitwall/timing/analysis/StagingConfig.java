package dev.pitwall.timing.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the staging service (the analysis API over the marts) is ({@code pitwall.staging.*}; env {@code PITWALL_STAGING_...}). */
@ConfigMapping(prefix = "pitwall.staging")
public interface StagingConfig {

    /** Base URL of staging's REST API ({@code PITWALL_STAGING_URL}). */
    @WithDefault("http://127.0.0.1:8082")
    String url();

    /** How long to wait for a connection to staging. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for staging's answer (a season's standings or a race's laps are quick queries). */
    @WithDefault("15s")
    Duration readTimeout();
}
