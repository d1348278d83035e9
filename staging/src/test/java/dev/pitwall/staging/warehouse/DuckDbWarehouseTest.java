package dev.pitwall.staging.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB warehouse against a real DuckDB file in a temporary folder. */
class DuckDbWarehouseTest {

    @TempDir
    Path dir;

    DuckDbWarehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = new DuckDbWarehouse(dir.resolve("data/warehouse.duckdb"));
        warehouse.createSchema();
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    static Map<String, Object> result(String loadId, int round, String driver, String raw) {
        Map<String, Object> row = new HashMap<>();
        row.put("season", 2024);
        row.put("round", round);
        row.put("driver_id", driver);
        row.put("load_id", loadId);
        row.put("loaded_at", Instant.parse("2026-12-05T00:00:00Z"));
        row.put("source", "https://api.jolpi.ca/ergast/f1/2024/" + round + "/results/");
        row.put("race_date", LocalDate.of(2024, 3, 2));
        row.put("raw", raw);
        return row;
    }

    @Test
    void theFileHandedOverIsFreeForAnotherWriterAndTakenBackEvenWhenTheWorkFails() throws Exception {
        Path file = dir.resolve("data/warehouse.duckdb");
        warehouse.merge(StagingTables.RESULTS, List.of(result("l1", 1, "max_verstappen", "{}")));
        // the work opens the file itself, as dbt does, and writes a table of its own
        long seen = warehouse.withFileReleased("a test", () -> {
            assertThat(warehouse.handedOver()).isTrue();
            try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE mart AS SELECT driver_id FROM stg_results");
                ResultSet r = s.executeQuery("SELECT count(*) FROM mart");
                r.next();
                return r.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(seen).isEqualTo(1);
        assertThat(warehouse.handedOver()).isFalse();
        assertThat(warehouse.count("mart")).isEqualTo(1);

        assertThatThrownBy(() -> warehouse.withFileReleased("a failing test", () -> {
            throw new IllegalStateException("dbt blew up");
        })).hasMessage("dbt blew up");
        assertThat(warehouse.merge(StagingTables.RESULTS, List.of(result("l2", 2, "hamilton", "{}")))).isEqualTo(1);
        assertThat(warehouse.count("stg_results")).isEqualTo(2);
    }

    @Test
    void creatingTheSchemaTwiceChangesNothing() throws Exception {
        warehouse.merge(StagingTables.RESULTS, List.of(result("l1", 1, "max_verstappen", "{}")));
        warehouse.createSchema();

        assertThat(warehouse.count("stg_results")).isEqualTo(1);
        warehouse.close();
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + dir.resolve("data/warehouse.duckdb"), new Properties());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'stg_%'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(StagingTables.ALL.size() + StagingTables.BOOKKEEPING.size());
        }
        warehouse = new DuckDbWarehouse(dir.resolve("data/warehouse.duckdb"));
    }

    @Test
    void mergingTheSameRowsTwiceLeavesTheSameRows() {
        List<Map<String, Object>> rows = List.of(result("l1", 1, "max_verstappen", "{\"position\":\"1\"}"),
                result("l1", 1, "perez", "{\"position\":\"2\"}"));

        assertThat(warehouse.merge(StagingTables.RESULTS, rows)).isEqualTo(2);
        assertThat(warehouse.merge(StagingTables.RESULTS, rows)).isEqualTo(2);

        assertThat(warehouse.count("stg_results")).isEqualTo(2);
    }

    @Test
    void reloadingAnUnchangedRecordKeepsItsFirstLoad() throws Exception {
        for (DuckDbWarehouse.MergeStrategy strategy : DuckDbWarehouse.MergeStrategy.values()) {
            warehouse.close();
            Path file = dir.resolve("data/warehouse.duckdb");
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(dir.resolve("data/warehouse.duckdb.wal"));
            warehouse = new DuckDbWarehouse(file, strategy);
            warehouse.createSchema();
            warehouse.merge(StagingTables.RESULTS, List.of(result("l1", 1, "max_verstappen", "{\"points\":25}"),
                    result("l1", 1, "norris", "{\"points\":18}")));
            Map<String, Object> again = result("l2", 1, "max_verstappen", "{\"points\":25}");
            again.put("loaded_at", Instant.parse("2026-12-06T00:00:00Z"));

            warehouse.merge(StagingTables.RESULTS, List.of(again, result("l2", 1, "norris", "{\"points\":19}")));

            assertThat(warehouse.count("stg_results")).as(strategy.name()).isEqualTo(2);
            assertThat(query("SELECT string_agg(driver_id || ' ' || load_id || ' ' || strftime(loaded_at AT TIME ZONE 'UTC', '%d'),"
                    + " ', ' ORDER BY driver_id) FROM stg_results")).as(strategy.name())
                    .isEqualTo("max_verstappen l1 05, norris l2 05");
        }
    }

    @Test
    void aLaterLoadOfTheSameKeyReplacesTheRow() throws Exception {
        warehouse.merge(StagingTables.RESULTS, List.of(result("l1", 1, "max_verstappen", "{\"points\":25}")));
        warehouse.merge(StagingTables.RESULTS, List.of(result("l2", 1, "max_verstappen", "{\"points\":26}"),
                result("l2", 1, "max_verstappen", "{\"points\":27}")));

        assertThat(warehouse.count("stg_results")).isEqualTo(1);
        assertThat(query("SELECT load_id || ' ' || raw FROM stg_results")).isEqualTo("l2 {\"points\":27}");
    }

    @Test
    void aFailingBatchCommitsNothingAndKeepsEarlierRows() {
        warehouse.merge(StagingTables.RESULTS, List.of(result("l1", 1, "max_verstappen", "{}")));
        Map<String, Object> noDriver = result("l2", 2, null, "{}");

        assertThatThrownBy(() -> warehouse.merge(StagingTables.RESULTS,
                List.of(result("l2", 2, "max_verstappen", "{}"), result("l2", 2, "perez", "{}"), noDriver)))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("driver_id");

        assertThat(warehouse.count("stg_results")).isEqualTo(1);
        // The warehouse still works after the rollback.
        assertThat(warehouse.merge(StagingTables.RESULTS, List.of(result("l3", 2, "perez", "{}")))).isEqualTo(1);
        assertThat(warehouse.count("stg_results")).isEqualTo(2);
    }

    @Test
    void anUnknownColumnIsRejectedBeforeAnythingIsWritten() {
        Map<String, Object> row = result("l1", 1, "max_verstappen", "{}");
        row.put("lap", 3);

        assertThatThrownBy(() -> warehouse.merge(StagingTables.RESULTS, List.of(row)))
                .isInstanceOf(WarehouseException.class).hasMessageContaining("no column lap");
        assertThat(warehouse.count("stg_results")).isZero();
    }

    @Test
    void loadsAndLoadErrorsAreRecorded() throws Exception {
        Instant start = Instant.parse("2026-12-05T00:10:00Z");
        warehouse.recordLoad(new Warehouse.Load("l1", "jolpica-round", start, null, "RUNNING", 0));
        warehouse.recordLoadError(new Warehouse.LoadError("l1", "https://api.jolpi.ca/x", "HTTP 500", start.plusSeconds(3)));
        warehouse.recordLoad(new Warehouse.Load("l1", "jolpica-round", start, start.plusSeconds(9), "PARTIAL", 40));

        assertThat(warehouse.count("stg_loads")).isEqualTo(1);
        assertThat(query("SELECT outcome || ' ' || row_count || ' ' || epoch(finished_at - started_at) FROM stg_loads"))
                .isEqualTo("PARTIAL 40 9.0");
        assertThat(query("SELECT load_id || ' ' || url || ' ' || reason FROM stg_load_errors"))
                .isEqualTo("l1 https://api.jolpi.ca/x HTTP 500");
    }

    @Test
    void sinkRowsAreKeyedBySessionCarAndSequence() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long seq = 0; seq < 3; seq++) {
            rows.add(Map.of("session", "2024-bahrain-race", "car", "1", "seq", seq, "load_id", "k1",
                    "loaded_at", Instant.EPOCH, "source", "pitwall.timing.laps/0/" + seq, "raw", "{}"));
        }
        warehouse.merge(StagingTables.LAPS, rows);
        warehouse.merge(StagingTables.LAPS, rows.subList(1, 3));

        assertThat(warehouse.count("stg_laps")).isEqualTo(3);
    }

    @Test
    void mergesFromManyThreadsRunOneAfterAnother() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> merges = new ArrayList<>();
            for (int round = 1; round <= 16; round++) {
                int r = round;
                merges.add(pool.submit(() -> warehouse.merge(StagingTables.RESULTS,
                        List.of(result("l" + r, r, "max_verstappen", "{}"), result("l" + r, r, "perez", "{}")))));
            }
            for (Future<Integer> merge : merges) {
                assertThat(merge.get(30, TimeUnit.SECONDS)).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(warehouse.count("stg_results")).isEqualTo(32);
    }

    @Test
    void isReachableWhileOpenAndNotAfterClose() {
        assertThat(warehouse.isReachable()).isTrue();
        warehouse.close();
        assertThat(warehouse.isReachable()).isFalse();
        warehouse = new DuckDbWarehouse(dir.resolve("data/warehouse.duckdb"));
    }

    private String query(String sql) throws Exception {
        warehouse.close();
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + dir.resolve("data/warehouse.duckdb"), new Properties());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } finally {
            warehouse = new DuckDbWarehouse(dir.resolve("data/warehouse.duckdb"));
        }
    }
}
