package dev.pitwall.staging.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.staging.warehouse.DuckDbWarehouse;
import dev.pitwall.staging.warehouse.StagingTables;
import dev.pitwall.staging.warehouse.Warehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner over a real DuckDB file and the real dbt with the fixture project: the file handed to dbt while a
 * merge waits its turn; requests during a run merged into one; a missing executable or a hung one recorded as
 * error, the warehouse working on afterwards.
 */
class DbtRunnerTest {

    @TempDir
    Path dir;

    @Test
    void aMergeDuringARunWaitsForItAndDbtOpensTheFile() throws Exception {
        Path dbt = DbtFixture.executableOrSkip();
        Path file = dir.resolve("warehouse.duckdb");
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            warehouse.createSchema();
            warehouse.merge(StagingTables.RESULTS, List.of(result(2023, 5, "max_verstappen")));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            DbtRunner runner = new DbtRunner(true, command(dbt.toString(), file, Duration.ofMinutes(2)), warehouse,
                    registry, Clock.systemUTC());

            runner.request("backfill job-1", DbtSelection.forTables(Set.of("stg_results")));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(warehouse::handedOver);
            // requests while the run is going: merged into one queued run
            runner.request("schedule 2023", DbtSelection.forTables(Set.of("stg_results")));
            runner.request("sink", DbtSelection.forTables(Set.of("stg_laps")));
            assertThat(runner.status().running().trigger()).isEqualTo("backfill job-1");
            assertThat(runner.status().queued().trigger()).isEqualTo("schedule 2023, sink");
            assertThat(runner.status().queued().selection())
                    .isEqualTo("source:feed.stg_laps+ source:jolpica.stg_results+");

            CompletableFuture<Instant> merged = CompletableFuture.supplyAsync(() -> {
                warehouse.merge(StagingTables.RESULTS, List.of(result(2023, 5, "hamilton")));
                return Instant.now();
            });
            Instant mergedAt = merged.get(60, TimeUnit.SECONDS); // no "Could not set lock on file": it waited
            DbtRun first = runner.runs().stream().filter(r -> r.trigger().equals("backfill job-1")).findFirst()
                    .orElseThrow();
            assertThat(mergedAt).isAfterOrEqualTo(first.finishedAt());
            assertThat(first.outcome()).as(first.message()).isEqualTo(DbtRun.Outcome.green);
            assertThat(first.modelsBuilt()).isEqualTo(1);
            assertThat(first.testsPassed()).isEqualTo(4);
            // no run had built the whole project: the first one does
            assertThat(first.selection()).isEqualTo("everything");

            await().atMost(Duration.ofSeconds(60)).until(() -> runner.runs().size() == 2 && runner.status().running() == null);
            DbtRun second = runner.latest().orElseThrow();
            assertThat(second.trigger()).isEqualTo("schedule 2023, sink");
            assertThat(second.selection()).isEqualTo("source:feed.stg_laps+ source:jolpica.stg_results+");
            assertThat(second.outcome()).as(second.message()).isEqualTo(DbtRun.Outcome.green);
            // the mart holds both rows: the second run saw the merge that waited for the first
            assertThat(warehouse.select("mart", "SELECT count(*) AS n FROM main.fixture_results", List.of()))
                    .containsExactly(Map.of("n", 2L));
            assertThat(warehouse.recentDbtRuns(5)).extracting(Warehouse.DbtRunRow::trigger)
                    .containsExactly("schedule 2023, sink", "backfill job-1");
            assertThat(registry.get("pitwall.dbt.runs").tag("outcome", "green").counter().count()).isEqualTo(2.0);
            assertThat(runner.status().lastOutput()).anyMatch(l -> l.contains("Completed successfully"));
            runner.stop();

            // a runner started later knows from the book-keeping that the project was built
            DbtRunner later = new DbtRunner(true, command(dbt.toString(), file, Duration.ofMinutes(2)), warehouse,
                    registry, Clock.systemUTC());
            later.loadHistory();
            assertThat(later.runs()).hasSize(2);
            later.request("backfill job-2", DbtSelection.forTables(Set.of("stg_results")));
            await().atMost(Duration.ofSeconds(60)).until(() -> later.runs().size() == 3);
            assertThat(later.latest().orElseThrow().selection()).isEqualTo("source:jolpica.stg_results+");
            later.stop();
        }
    }

    @Test
    void aMissingExecutableIsAnErrorNamingItsPath() {
        Path file = dir.resolve("warehouse.duckdb");
        Path missing = dir.resolve("no-venv/bin/dbt");
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            warehouse.createSchema();
            DbtRunner runner = new DbtRunner(true, command(missing.toString(), file, Duration.ofMinutes(1)), warehouse,
                    new SimpleMeterRegistry(), Clock.systemUTC());
            runner.request("api", Set.of());
            await().atMost(Duration.ofSeconds(10)).until(() -> runner.latest().isPresent());
            DbtRun run = runner.latest().orElseThrow();
            assertThat(run.outcome()).isEqualTo(DbtRun.Outcome.error);
            assertThat(run.message()).contains("dbt executable not found: " + missing);
            assertThat(run.selection()).isEqualTo("everything");
            assertThat(warehouse.recentDbtRuns(1).get(0).message()).contains(missing.toString());
            runner.stop();
        }
    }

    @Test
    void aRunThatOutlivesTheTimeoutIsStoppedAndTheFileTakenBack() throws Exception {
        Path file = dir.resolve("warehouse.duckdb");
        Path hung = dir.resolve("hung-dbt");
        Files.writeString(hung, "#!/bin/sh\necho starting\nexec sleep 60\n");
        hung.toFile().setExecutable(true);
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            warehouse.createSchema();
            DbtRunner runner = new DbtRunner(true, command(hung.toString(), file, Duration.ofSeconds(1)), warehouse,
                    new SimpleMeterRegistry(), Clock.systemUTC());
            runner.request("api", Set.of());
            await().atMost(Duration.ofSeconds(20)).until(() -> runner.latest().isPresent());
            DbtRun run = runner.latest().orElseThrow();
            assertThat(run.outcome()).isEqualTo(DbtRun.Outcome.error);
            assertThat(run.message()).startsWith("timed out after 1 s");
            assertThat(runner.status().lastOutput()).containsExactly("starting");
            // the warehouse has its file back
            assertThat(warehouse.handedOver()).isFalse();
            assertThat(warehouse.merge(StagingTables.RESULTS, List.of(result(2023, 1, "alonso")))).isEqualTo(1);
            runner.stop();
        }
    }

    private DbtCommand command(String executable, Path file, Duration timeout) {
        Path project = DbtFixture.copyProject(dir.resolve("project"));
        return new DbtCommand(executable, project, project, "duckdb", timeout,
                Map.of(DbtCommand.DUCKDB_PATH_VARIABLE, file.toAbsolutePath().toString()));
    }

    static Map<String, Object> result(int season, int round, String driver) {
        return Map.of("season", season, "round", round, "driver_id", driver, "load_id", "test",
                "loaded_at", Instant.now(), "raw", "{\"driver\": \"" + driver + "\"}");
    }
}
