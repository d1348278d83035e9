package dev.pitwall.staging.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL the Snowflake warehouse generates, and its transaction handling against a recording fake connection. */
class SnowflakeWarehouseTest {

    @Test
    void stagingTablesAreClusteredByRaceDate() {
        assertThat(SnowflakeSql.createTable(StagingTables.RESULTS)).isEqualTo(
                "CREATE TABLE IF NOT EXISTS stg_results (season INTEGER NOT NULL, round INTEGER NOT NULL,"
                        + " driver_id VARCHAR NOT NULL, load_id VARCHAR NOT NULL, loaded_at TIMESTAMP_TZ NOT NULL,"
                        + " source VARCHAR, race_date DATE, raw VARCHAR NOT NULL,"
                        + " PRIMARY KEY (season, round, driver_id)) CLUSTER BY (race_date)");
    }

    @Test
    void rowsAreStagedInATemporaryTableLikeTheTarget() {
        assertThat(SnowflakeSql.createTemp(StagingTables.LAPS))
                .isEqualTo("CREATE OR REPLACE TEMPORARY TABLE merge_stg_laps LIKE stg_laps");
        assertThat(SnowflakeSql.insertTemp(StagingTables.LAPS)).isEqualTo(
                "INSERT INTO merge_stg_laps (session, car, seq, load_id, loaded_at, source, season, round, race_date,"
                        + " raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Test
    void mergeMatchesOnTheKeyAndUpdatesTheRestOnlyWhenTheRawRecordChanged() {
        assertThat(SnowflakeSql.merge(StagingTables.LAPS)).isEqualTo(
                "MERGE INTO stg_laps t USING (SELECT session, car, seq, load_id, loaded_at, source, season, round,"
                        + " race_date, raw FROM merge_stg_laps) s"
                        + " ON t.session = s.session AND t.car = s.car AND t.seq = s.seq"
                        + " WHEN MATCHED AND t.raw IS DISTINCT FROM s.raw"
                        + " THEN UPDATE SET t.load_id = s.load_id, t.loaded_at = s.loaded_at,"
                        + " t.source = s.source, t.season = s.season, t.round = s.round, t.race_date = s.race_date,"
                        + " t.raw = s.raw"
                        + " WHEN NOT MATCHED THEN INSERT (session, car, seq, load_id, loaded_at, source, season, round,"
                        + " race_date, raw) VALUES (s.session, s.car, s.seq, s.load_id, s.loaded_at, s.source,"
                        + " s.season, s.round, s.race_date, s.raw)");
    }

    @Test
    void everyTableMergesOnItsOwnKeyOnly() {
        for (StagingTable table : StagingTables.ALL) {
            String sql = SnowflakeSql.merge(table);
            String on = sql.substring(sql.indexOf(" ON ") + 4, sql.indexOf(" WHEN MATCHED"));
            assertThat(on.split(" AND ")).hasSize(table.key().size());
            assertThat(sql.substring(sql.indexOf("UPDATE SET"))).doesNotContain("t." + table.keyNames().get(0) + " =");
        }
    }

    @Test
    void theLoadsRowIsMergedByLoadId() {
        assertThat(SnowflakeSql.mergeLoad()).startsWith("MERGE INTO stg_loads t USING (SELECT CAST(? AS VARCHAR) AS load_id,")
                .contains(" ON t.load_id = s.load_id WHEN MATCHED THEN UPDATE SET t.kind = s.kind,");
    }

    @Test
    void aMergeIsOneBatchInOneTransaction() {
        List<String> calls = new ArrayList<>();
        SnowflakeWarehouse warehouse = new SnowflakeWarehouse(() -> fakeConnection(calls, false));

        int merged = warehouse.merge(StagingTables.RESULTS, List.of(
                DuckDbWarehouseTest.result("l1", 1, "max_verstappen", "{}"),
                DuckDbWarehouseTest.result("l1", 1, "perez", "{}")));

        assertThat(merged).isEqualTo(2);
        assertThat(calls).containsExactly(
                "execute CREATE OR REPLACE TEMPORARY TABLE merge_stg_results LIKE stg_results",
                "setAutoCommit false", "prepare INSERT INTO merge_stg_results", "addBatch", "addBatch", "executeBatch",
                "executeUpdate MERGE INTO stg_results t USING (SELECT season, round, driver_id, load_id, loaded", "commit", "close");
    }

    @Test
    void aFailingMergeRollsBack() {
        List<String> calls = new ArrayList<>();
        SnowflakeWarehouse warehouse = new SnowflakeWarehouse(() -> fakeConnection(calls, true));

        assertThatThrownBy(() -> warehouse.merge(StagingTables.RESULTS,
                List.of(DuckDbWarehouseTest.result("l1", 1, "perez", "{}"))))
                .isInstanceOf(WarehouseException.class).hasMessageContaining("NULL result in a non-nullable column");
        assertThat(calls).endsWith("executeBatch", "rollback", "close").doesNotContain("commit");
    }

    @Test
    void unreachableWhenNoConnectionOpens() {
        SnowflakeWarehouse warehouse = new SnowflakeWarehouse(() -> {
            throw new SQLException("No suitable driver found for jdbc:snowflake://x");
        });
        assertThat(warehouse.isReachable()).isFalse();
    }

    /** A connection that records the calls made on it (SQL cut at 80 characters); its batches fail when asked to. */
    private static Connection fakeConnection(List<String> calls, boolean failBatch) {
        ClassLoader loader = SnowflakeWarehouseTest.class.getClassLoader();
        Object statement = Proxy.newProxyInstance(loader, new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "addBatch" -> calls.add("addBatch");
                        case "execute", "executeUpdate" -> calls.add(method.getName() + " " + cut((String) args[0]));
                        case "executeBatch" -> {
                            calls.add("executeBatch");
                            if (failBatch) {
                                throw new SQLException("NULL result in a non-nullable column");
                            }
                            return new int[0];
                        }
                        default -> {
                        }
                    }
                    return method.getReturnType() == boolean.class ? false
                            : method.getReturnType() == int.class ? 0 : null;
                });
        return (Connection) Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement" -> {
                            String sql = (String) args[0];
                            calls.add("prepare " + sql.substring(0, sql.indexOf(" (")));
                            return statement;
                        }
                        case "createStatement" -> {
                            return statement;
                        }
                        case "setAutoCommit" -> calls.add("setAutoCommit " + args[0]);
                        case "commit", "rollback", "close" -> calls.add(method.getName());
                        default -> {
                        }
                    }
                    return null;
                });
    }

    private static String cut(String sql) {
        return sql.length() > 80 ? sql.substring(0, 80) : sql;
    }
}
