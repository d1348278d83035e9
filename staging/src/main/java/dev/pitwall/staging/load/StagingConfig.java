package dev.pitwall.staging.load;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.OptionalInt;

/** Scheduled Jolpica staging and backfills ({@code pitwall.staging.*}). */
@ConfigMapping(prefix = "pitwall.staging")
public interface StagingConfig {

    /**
     * Quartz-style cron of the scheduled run (env {@code PITWALL_STAGING_CRON}); {@code off} or {@code disabled}
     * turns it off. Default: 04:00 every second day.
     */
    @WithDefault("0 0 4 */2 * ?")
    String cron();

    /** Season the scheduled run loads (env {@code PITWALL_STAGING_SEASON}); default the current year (UTC). */
    OptionalInt season();

    /** Whether an unfinished backfill job resumes at start-up. */
    @WithDefault("true")
    boolean resumeOnStart();

    /** How many loads and load errors {@code GET /api/loads} shows. */
    @WithDefault("50")
    int recentLoads();
}
