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
    void mergeMatchesOnTheKeyAndUpdatesTheRest() {
        assertThat(SnowflakeSql.merge(StagingTables.LAPS)).isEqualTo(
                "MERGE INTO stg_laps t USING (SELECT CAST(? AS VARCHAR) AS session, CAST(? AS VARCHAR) AS car,"
                        + " CAST(? AS BIGINT) AS seq, CAST(? AS VARCHAR) AS load_id,"
                        + " CAST(? AS TIMESTAMP_TZ) AS loaded_at, CAST(? AS VARCHAR) AS source,"
                        + " CAST(? AS INTEGER) AS season, CAST(? AS INTEGER) AS round, CAST(? AS DATE) AS race_date,"
                        + " CAST(? AS VARCHAR) AS raw) s"
                        + " ON t.session = s.session AND t.car = s.car AND t.seq = s.seq"
                        + " WHEN MATCHED THEN UPDATE SET t.load_id = s.load_id, t.loaded_at = s.loaded_at,"
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
        assertThat(calls).containsExactly("setAutoCommit", "prepareStatement MERGE INTO stg_results", "addBatch",
                "addBatch", "executeBatch", "commit", "close");
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

    /** A connection that records the calls made on it; its batches fail when asked to. */
    private static Connection fakeConnection(List<String> calls, boolean failBatch) {
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(SnowflakeWarehouseTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "addBatch" -> calls.add("addBatch");
                        case "executeBatch" -> {
                            calls.add("executeBatch");
                            if (failBatch) {
                                throw new SQLException("NULL result in a non-nullable column");
                            }
                            return new int[0];
                        }
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
        return (Connection) Proxy.newProxyInstance(SnowflakeWarehouseTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement" -> {
                            String sql = (String) args[0];
                            calls.add("prepareStatement " + sql.substring(0, sql.indexOf(" t USING")));
                            return statement;
                        }
                        case "setAutoCommit", "commit", "rollback", "close" -> calls.add(method.getName());
                        default -> {
                        }
                    }
                    return null;
                });
    }
}
