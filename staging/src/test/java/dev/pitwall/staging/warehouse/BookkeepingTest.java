package dev.pitwall.staging.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jolpica load book-keeping: against a real DuckDB file, and the SQL Snowflake is sent. */
class BookkeepingTest {

    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");

    @Test
    void completedUnitsAreKeptByUnitIdPerSeason() {
        try (DuckDbWarehouse w = new DuckDbWarehouse(dir.resolve("w.duckdb"))) {
            w.createSchema();
            w.createSchema(); // twice changes nothing
            w.recordCompletedUnit(new Warehouse.CompletedUnit("2023/1/results", "RESULTS", 2023, 1, "l1", 20, T0));
            w.recordCompletedUnit(new Warehouse.CompletedUnit("2023/1/results", "RESULTS", 2023, 1, "l2", 20, T0));
            w.recordCompletedUnit(new Warehouse.CompletedUnit("2023/drivers", "DRIVERS", 2023, null, "l3", 22, T0));
            w.recordCompletedUnit(new Warehouse.CompletedUnit("2024/1/results", "RESULTS", 2024, 1, "l4", 20, T0));

            assertThat(w.completedUnits(2023)).containsExactly("2023/1/results", "2023/drivers");
            assertThat(w.count(StagingTables.LOAD_UNITS)).isEqualTo(3);
        }
    }

    @Test
    void backfillJobsAndUnitsAreUpdatedInPlaceAndReadBackWithTheirTypes() {
        try (DuckDbWarehouse w = new DuckDbWarehouse(dir.resolve("w.duckdb"))) {
            w.createSchema();
            w.saveBackfillJob(new Warehouse.BackfillJob("j1", 2023, null, null, "queued", T0, T0, 0, null));
            w.saveBackfillJob(new Warehouse.BackfillJob("j2", 2024, 1, 2, "queued", T0.plusSeconds(5), T0, 0, null));
            Warehouse.BackfillJob done = new Warehouse.BackfillJob("j1", 2023, 1, 22, "ok", T0, T0.plusSeconds(60), 37,
                    "backfill 2023 rounds 1-22: ok");
            w.saveBackfillJob(done);
            assertThat(w.backfillJobs()).extracting(Warehouse.BackfillJob::jobId).containsExactly("j2", "j1");
            assertThat(w.backfillJobs().get(1)).isEqualTo(done);

            Warehouse.BackfillUnit pending = new Warehouse.BackfillUnit("j1", "2023/4/sprint", 2, "SPRINT", 2023, 4,
                    LocalDate.of(2023, 4, 30), "pending", 0, 0, null, null, 0, null, null, null);
            Warehouse.BackfillUnit races = new Warehouse.BackfillUnit("j1", "2023/races", 0, "RACES", 2023, null, null,
                    "ok", 22, 1, 22, 30, 1, null, null, T0);
            w.saveBackfillUnit(pending);
            w.saveBackfillUnit(races);
            Warehouse.BackfillUnit failed = new Warehouse.BackfillUnit("j1", "2023/4/sprint", 2, "SPRINT", 2023, 4,
                    LocalDate.of(2023, 4, 30), "failed", 0, 4, null, null, 0, "http://x/2023/4/sprint.json?limit=100&offset=0",
                    "HTTP 503", T0);
            w.saveBackfillUnit(failed);
            assertThat(w.backfillUnits("j1")).containsExactly(races, failed);
            assertThat(w.backfillUnits("j2")).isEmpty();
        }
    }

    @Test
    void recentLoadsAndErrorsComeNewestFirst() {
        try (DuckDbWarehouse w = new DuckDbWarehouse(dir.resolve("w.duckdb"))) {
            w.createSchema();
            w.recordLoad(new Warehouse.Load("a", "jolpica 2023/races", T0, T0.plusSeconds(1), "ok", 22));
            w.recordLoad(new Warehouse.Load("b", "jolpica 2023/1/laps", T0.plusSeconds(2), T0.plusSeconds(3), "failed", 0));
            w.recordLoadError(new Warehouse.LoadError("b", "http://x/2023/1/laps.json?limit=100&offset=100", "HTTP 404",
                    T0.plusSeconds(3)));

            assertThat(w.recentLoads(1)).containsExactly(
                    new Warehouse.Load("b", "jolpica 2023/1/laps", T0.plusSeconds(2), T0.plusSeconds(3), "failed", 0));
            assertThat(w.recentLoads(10)).extracting(Warehouse.Load::loadId).containsExactly("b", "a");
            assertThat(w.recentLoadErrors(10)).singleElement().extracting(Warehouse.LoadError::url)
                    .isEqualTo("http://x/2023/1/laps.json?limit=100&offset=100");
        }
    }

    @Test
    void dbtRunsAreUpdatedByRunIdAndComeNewestFirst() {
        try (DuckDbWarehouse w = new DuckDbWarehouse(dir.resolve("w.duckdb"))) {
            w.createSchema();
            w.recordDbtRun(new Warehouse.DbtRunRow("r1", "backfill j1", "source:jolpica.stg_results+", T0,
                    T0.plusSeconds(4), "green", 3, 7, 0, null, "3 models built"));
            w.recordDbtRun(new Warehouse.DbtRunRow("r2", "sink", "source:feed.stg_laps+", T0.plusSeconds(60), null,
                    "error", 0, 0, 0, null, "started"));
            w.recordDbtRun(new Warehouse.DbtRunRow("r2", "sink", "source:feed.stg_laps+", T0.plusSeconds(60),
                    T0.plusSeconds(65), "red", 2, 5, 1, "test.pitwall.assert_laps", "1 tests failed"));

            assertThat(w.recentDbtRuns(10)).containsExactly(
                    new Warehouse.DbtRunRow("r2", "sink", "source:feed.stg_laps+", T0.plusSeconds(60),
                            T0.plusSeconds(65), "red", 2, 5, 1, "test.pitwall.assert_laps", "1 tests failed"),
                    new Warehouse.DbtRunRow("r1", "backfill j1", "source:jolpica.stg_results+", T0, T0.plusSeconds(4),
                            "green", 3, 7, 0, null, "3 models built"));
            assertThat(w.recentDbtRuns(1)).extracting(Warehouse.DbtRunRow::runId).containsExactly("r2");
            assertThat(w.count(StagingTables.DBT_RUNS)).isEqualTo(2);
        }
    }

    @Test
    void aMissingRequiredValueIsRefusedNamingTheColumn() {
        try (DuckDbWarehouse w = new DuckDbWarehouse(dir.resolve("w.duckdb"))) {
            w.createSchema();
            assertThatThrownBy(() -> w.saveBackfillJob(new Warehouse.BackfillJob("j", 2023, null, null, null, T0, T0, 0,
                    null))).isInstanceOf(WarehouseException.class).hasMessageContaining("stg_backfill_jobs.state");
        }
    }

    @Test
    void snowflakeTablesAndUpsertsAreTypedMerges() {
        assertThat(BookkeepingTables.createSnowflake(BookkeepingTables.LOAD_UNITS)).isEqualTo(
                "CREATE TABLE IF NOT EXISTS stg_load_units (unit_id VARCHAR NOT NULL, endpoint VARCHAR NOT NULL,"
                        + " season INTEGER NOT NULL, round INTEGER, load_id VARCHAR NOT NULL, row_count BIGINT NOT NULL,"
                        + " completed_at TIMESTAMP_TZ NOT NULL, PRIMARY KEY (unit_id))");
        assertThat(BookkeepingTables.mergeSnowflake(BookkeepingTables.LOAD_UNITS)).isEqualTo(
                "MERGE INTO stg_load_units t USING (SELECT CAST(? AS VARCHAR) AS unit_id, CAST(? AS VARCHAR) AS endpoint,"
                        + " CAST(? AS INTEGER) AS season, CAST(? AS INTEGER) AS round, CAST(? AS VARCHAR) AS load_id,"
                        + " CAST(? AS BIGINT) AS row_count, CAST(? AS TIMESTAMP_TZ) AS completed_at) s"
                        + " ON t.unit_id = s.unit_id WHEN MATCHED THEN UPDATE SET t.endpoint = s.endpoint,"
                        + " t.season = s.season, t.round = s.round, t.load_id = s.load_id, t.row_count = s.row_count,"
                        + " t.completed_at = s.completed_at WHEN NOT MATCHED THEN INSERT (unit_id, endpoint, season,"
                        + " round, load_id, row_count, completed_at) VALUES (s.unit_id, s.endpoint, s.season, s.round,"
                        + " s.load_id, s.row_count, s.completed_at)");
        assertThat(BookkeepingTables.mergeSnowflake(BookkeepingTables.BACKFILL_UNITS))
                .contains(" ON t.job_id = s.job_id AND t.unit_id = s.unit_id WHEN MATCHED THEN UPDATE SET t.seq = s.seq,")
                .contains("CAST(? AS DATE) AS race_date");
        assertThat(BookkeepingTables.select(BookkeepingTables.BACKFILL_UNITS, "job_id = ?", "seq"))
                .endsWith(" FROM stg_backfill_units WHERE job_id = ? ORDER BY seq");
        assertThat(BookkeepingTables.createSnowflake(BookkeepingTables.DBT_RUNS)).isEqualTo(
                "CREATE TABLE IF NOT EXISTS stg_dbt_runs (run_id VARCHAR NOT NULL, triggered_by VARCHAR NOT NULL,"
                        + " selection VARCHAR NOT NULL, started_at TIMESTAMP_TZ NOT NULL, finished_at TIMESTAMP_TZ,"
                        + " outcome VARCHAR NOT NULL, models_built BIGINT NOT NULL, tests_passed BIGINT NOT NULL,"
                        + " tests_failed BIGINT NOT NULL, failed_nodes VARCHAR, message VARCHAR, PRIMARY KEY (run_id))");
        assertThat(BookkeepingTables.mergeSnowflake(BookkeepingTables.DBT_RUNS))
                .startsWith("MERGE INTO stg_dbt_runs t USING (SELECT CAST(? AS VARCHAR) AS run_id,")
                .contains(" ON t.run_id = s.run_id WHEN MATCHED THEN UPDATE SET t.triggered_by = s.triggered_by,");
    }

    @Test
    void snowflakeCreatesTheBookkeepingTablesAndUpsertsInOneTransaction() {
        List<String> calls = new ArrayList<>();
        SnowflakeWarehouse w = new SnowflakeWarehouse(() -> recording(calls));

        w.createSchema();
        assertThat(calls).contains("execute CREATE TABLE IF NOT EXISTS stg_load_units",
                "execute CREATE TABLE IF NOT EXISTS stg_backfill_jobs", "execute CREATE TABLE IF NOT EXISTS stg_backfill_units",
                "execute CREATE TABLE IF NOT EXISTS stg_dbt_runs");

        calls.clear();
        assertThat(w.withFileReleased("dbt", () -> "ran")).isEqualTo("ran");
        assertThat(calls).as("Snowflake has no file to hand over: no connection is touched").isEmpty();

        calls.clear();
        w.saveBackfillJob(new Warehouse.BackfillJob("j1", 2023, 1, 5, "running", T0, T0, 3, null));
        assertThat(calls).containsExactly("setAutoCommit false", "prepare MERGE INTO stg_backfill_jobs", "executeUpdate",
                "commit", "close");
    }

    /** A connection recording what is done on it (SQL cut before its column list). */
    private static Connection recording(List<String> calls) {
        ClassLoader loader = BookkeepingTest.class.getClassLoader();
        Object statement = Proxy.newProxyInstance(loader, new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "execute" -> calls.add("execute " + cut((String) a[0]));
                case "executeUpdate" -> calls.add("executeUpdate");
                default -> {
                }
            }
            return m.getReturnType() == boolean.class ? false : m.getReturnType() == int.class ? 0 : null;
        });
        return (Connection) Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "prepareStatement" -> {
                    calls.add("prepare " + cut((String) a[0]));
                    return statement;
                }
                case "createStatement" -> {
                    return statement;
                }
                case "setAutoCommit" -> calls.add("setAutoCommit " + a[0]);
                case "commit", "rollback", "close" -> calls.add(m.getName());
                default -> {
                }
            }
            return null;
        });
    }

    private static String cut(String sql) {
        int paren = sql.indexOf(" (");
        int using = sql.indexOf(" t USING");
        int end = using > 0 ? using : paren > 0 ? paren : sql.length();
        return sql.substring(0, end);
    }
}
