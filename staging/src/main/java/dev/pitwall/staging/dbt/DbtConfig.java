package dev.pitwall.staging.dbt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How staging runs {@code dbt build} after its loads ({@code pitwall.dbt.*}; env {@code PITWALL_DBT_...}). Relative
 * paths are taken from the service's working directory.
 */
@ConfigMapping(prefix = "pitwall.dbt")
public interface DbtConfig {

    /** Whether loads are followed by dbt runs (env {@code PITWALL_DBT_ENABLED}); off in the test profile. */
    @WithDefault("true")
    boolean enabled();

    /** The dbt executable (env {@code PITWALL_DBT_EXECUTABLE}); a bare name is looked up on the {@code PATH}. */
    @WithDefault(".venv/bin/dbt")
    String executable();

    /** The dbt project, the folder of {@code dbt_project.yml} (env {@code PITWALL_DBT_PROJECT_DIR}). */
    @WithDefault("dbt")
    String projectDir();

    /** The folder of {@code profiles.yml}; default the project folder. */
    Optional<String> profilesDir();

    /**
     * The profile target (env {@code PITWALL_DBT_TARGET}); default {@code duckdb}, or {@code snowflake} when the
     * warehouse is Snowflake.
     */
    Optional<String> target();

    /** A run taking longer is stopped and recorded as {@code error}. */
    @WithDefault("10m")
    Duration timeout();

    /** The Kafka sink must have stored nothing new for this long before a run over the feed tables... */
    @WithDefault("30s")
    Duration sinkQuiet();

    /** ...or, while the sink keeps storing, a run over the feed tables at most this often. */
    @WithDefault("10m")
    Duration sinkInterval();

    /** How often the sink's stored rows are looked at (a Quarkus scheduler interval, e.g. {@code 5s}). */
    @WithDefault("5s")
    String checkInterval();
}
