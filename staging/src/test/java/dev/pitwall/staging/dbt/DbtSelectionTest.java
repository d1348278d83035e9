package dev.pitwall.staging.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.staging.warehouse.WarehouseConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Selectors of the loaded tables, requests merged while a run goes, and the command line and environment. */
class DbtSelectionTest {

    @Test
    void jolpicaAndFeedTablesSelectTheirSourceAndEverythingDownstream() {
        assertThat(DbtSelection.forTables(Set.of("stg_results", "stg_races", "stg_telemetry", "stg_laps")))
                .containsExactly("source:feed.stg_laps+", "source:feed.stg_telemetry+", "source:jolpica.stg_races+",
                        "source:jolpica.stg_results+");
        assertThat(DbtSelection.selector("stg_race_events")).isEqualTo("source:feed.stg_race_events+");
        assertThat(DbtSelection.selector("stg_laps_jolpica")).isEqualTo("source:jolpica.stg_laps_jolpica+");
    }

    @Test
    void selectionsFromTheApi() {
        assertThat(DbtSelection.parse(null)).isEmpty();
        assertThat(DbtSelection.parse("  ")).isEmpty();
        assertThat(DbtSelection.parse(" fct_results+  tag:nightly source:jolpica.stg_results+ @dim_races"))
                .containsExactly("@dim_races", "fct_results+", "source:jolpica.stg_results+", "tag:nightly");
        assertThatThrownBy(() -> DbtSelection.parse("fct_results $(id)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a dbt selector: '$(id)'");
    }

    @Test
    void requestsMergeTheirTriggersAndSelectionsAndTheWholeProjectWins() {
        DbtRequest a = DbtRequest.of("backfill 1", Set.of("source:jolpica.stg_results+"));
        DbtRequest b = DbtRequest.of("sink", Set.of("source:feed.stg_laps+"));
        DbtRequest ab = a.merge(b).merge(a);
        assertThat(ab.trigger()).isEqualTo("backfill 1, sink");
        assertThat(ab.selection()).isEqualTo("source:feed.stg_laps+ source:jolpica.stg_results+");
        DbtRequest all = ab.merge(DbtRequest.of("api", Set.of()));
        assertThat(all.selectors()).isEmpty();
        assertThat(all.selection()).isEqualTo("everything");
        assertThat(all.merge(b).selection()).isEqualTo("everything");
    }

    @Test
    void theCommandHandsDbtStagingsOwnDuckDbFile() {
        DbtCommand c = DbtCommand.of(config(Optional.empty(), Optional.empty()), warehouse(WarehouseConfig.Kind.duckdb));
        assertThat(c.build(DbtRequest.of("x", Set.of("source:jolpica.stg_results+", "source:jolpica.stg_races+"))))
                .containsExactly(Path.of(".venv/bin/dbt").toAbsolutePath().toString(), "build", "--select",
                        "source:jolpica.stg_races+ source:jolpica.stg_results+", "--project-dir",
                        Path.of("dbt").toAbsolutePath().toString(), "--profiles-dir",
                        Path.of("dbt").toAbsolutePath().toString(), "--target", "duckdb");
        assertThat(c.build(DbtRequest.of("x", Set.of()))).doesNotContain("--select");
        // a bare name stays as it is, for the PATH
        assertThat(new DbtCommand("dbt", Path.of("dbt"), Path.of("dbt"), "duckdb", Duration.ofMinutes(1), Map.of())
                .build(DbtRequest.of("x", Set.of())).get(0)).isEqualTo("dbt");
        assertThat(c.environment()).containsExactly(Map.entry(DbtCommand.DUCKDB_PATH_VARIABLE,
                Path.of("data/w.duckdb").toAbsolutePath().toString()));
        assertThat(c.childEnvironment()).containsEntry("DBT_USE_COLORS", "false");

        DbtCommand snowflake = DbtCommand.of(config(Optional.of("/etc/dbt"), Optional.empty()),
                warehouse(WarehouseConfig.Kind.snowflake));
        assertThat(snowflake.target()).isEqualTo("snowflake");
        assertThat(snowflake.profilesDir()).isEqualTo(Path.of("/etc/dbt"));
        if (System.getenv("SNOWFLAKE_SCHEMA") == null) {
            assertThat(snowflake.environment()).containsExactly(Map.entry("SNOWFLAKE_SCHEMA", "STAGING"));
        }
        assertThat(DbtCommand.of(config(Optional.empty(), Optional.of("ci")), warehouse(WarehouseConfig.Kind.duckdb))
                .target()).isEqualTo("ci");
    }

    @Test
    void aMissingProjectIsNamed() {
        DbtCommand c = new DbtCommand("dbt", Path.of("target/no-such-project"), Path.of("target"), "duckdb",
                Duration.ofMinutes(1), Map.of());
        assertThat(c.problem()).contains("no dbt project at " + Path.of("target/no-such-project").toAbsolutePath()
                + ": dbt_project.yml is missing (set PITWALL_DBT_PROJECT_DIR)");
    }

    static DbtConfig config(Optional<String> profilesDir, Optional<String> target) {
        return new DbtConfig() {
            public boolean enabled() { return true; }
            public String executable() { return ".venv/bin/dbt"; }
            public String projectDir() { return "dbt"; }
            public Optional<String> profilesDir() { return profilesDir; }
            public Optional<String> target() { return target; }
            public Duration timeout() { return Duration.ofMinutes(10); }
            public Duration sinkQuiet() { return Duration.ofSeconds(30); }
            public Duration sinkInterval() { return Duration.ofMinutes(10); }
            public String checkInterval() { return "5s"; }
        };
    }

    private static WarehouseConfig warehouse(WarehouseConfig.Kind kind) {
        return new WarehouseConfig() {
            public Kind kind() { return kind; }
            public Duckdb duckdb() {
                return new Duckdb() {
                    public String path() { return "data/w.duckdb"; }
                    public dev.pitwall.staging.warehouse.DuckDbWarehouse.MergeStrategy mergeStrategy() {
                        return dev.pitwall.staging.warehouse.DuckDbWarehouse.MergeStrategy.UPDATE_INSERT;
                    }
                };
            }
            public Snowflake snowflake() {
                return new Snowflake() {
                    public Optional<String> account() { return Optional.empty(); }
                    public Optional<String> user() { return Optional.empty(); }
                    public Optional<String> password() { return Optional.empty(); }
                    public Optional<String> privateKeyFile() { return Optional.empty(); }
                    public Optional<String> privateKeyFilePassword() { return Optional.empty(); }
                    public Optional<String> role() { return Optional.empty(); }
                    public Optional<String> warehouse() { return Optional.empty(); }
                    public Optional<String> database() { return Optional.empty(); }
                    public String schema() { return "STAGING"; }
                };
            }
        };
    }
}
