package dev.pitwall.staging.warehouse;

import java.util.List;
import java.util.stream.Collectors;

/** The SQL the Snowflake warehouse runs: DDL with {@code CLUSTER BY}, and {@code MERGE INTO ... USING (SELECT ...)}. */
final class SnowflakeSql {

    private SnowflakeSql() {
    }

    /** {@code CREATE TABLE IF NOT EXISTS}, clustered by race date. Snowflake records but does not enforce the key. */
    static String createTable(StagingTable table) {
        String columns = table.columns().stream()
                .map(c -> c.name() + " " + c.type().snowflake() + (c.notNull() ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
        return "CREATE TABLE IF NOT EXISTS " + table.name() + " (" + columns + ", PRIMARY KEY ("
                + String.join(", ", table.keyNames()) + "))"
                + table.clusterBy().map(c -> " CLUSTER BY (" + c + ")").orElse("");
    }

    static List<String> createBookkeeping() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + StagingTables.LOADS + " (load_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,"
                        + " started_at TIMESTAMP_TZ NOT NULL, finished_at TIMESTAMP_TZ, outcome VARCHAR, row_count BIGINT,"
                        + " PRIMARY KEY (load_id))",
                "CREATE TABLE IF NOT EXISTS " + StagingTables.LOAD_ERRORS + " (load_id VARCHAR NOT NULL, url VARCHAR,"
                        + " reason VARCHAR NOT NULL, occurred_at TIMESTAMP_TZ NOT NULL)");
    }

    /** The session's temporary table a merge stages its rows in. */
    static String tempTable(StagingTable table) {
        return "merge_" + table.name();
    }

    /** Creates (or empties) the temporary table; DDL, so it runs before the merge's transaction begins. */
    static String createTemp(StagingTable table) {
        return "CREATE OR REPLACE TEMPORARY TABLE " + tempTable(table) + " LIKE " + table.name();
    }

    /** Inserts one row, bound as parameters 1..n in column order; batched, the driver sends it as array binds. */
    static String insertTemp(StagingTable table) {
        return "INSERT INTO " + tempTable(table) + " (" + String.join(", ", table.columnNames()) + ") VALUES ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Merges the temporary table's rows into the staging table by key; a row whose raw record is unchanged stays as it was. */
    static String merge(StagingTable table) {
        return merge(table.name(), String.join(", ", table.columnNames()) + " FROM " + tempTable(table),
                table.keyNames(), table.valueColumns().stream().map(Column::name).toList(), table.columnNames(),
                " AND t." + StagingTable.RAW + " IS DISTINCT FROM s." + StagingTable.RAW);
    }

    /** The loads row, merged by load id; parameters as {@link LoadRows#bindLoad}. */
    static String mergeLoad() {
        String select = "CAST(? AS VARCHAR) AS load_id, CAST(? AS VARCHAR) AS kind, CAST(? AS TIMESTAMP_TZ) AS started_at,"
                + " CAST(? AS TIMESTAMP_TZ) AS finished_at, CAST(? AS VARCHAR) AS outcome, CAST(? AS BIGINT) AS row_count";
        List<String> values = List.of("kind", "started_at", "finished_at", "outcome", "row_count");
        return merge(StagingTables.LOADS, select, List.of("load_id"), values,
                List.of("load_id", "kind", "started_at", "finished_at", "outcome", "row_count"), "");
    }

    /** {@code matchedCondition}: extra condition on updating a matched row ({@code ""} for always). */
    private static String merge(String table, String select, List<String> key, List<String> values, List<String> all,
                                String matchedCondition) {
        String on = key.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        String set = values.stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (SELECT " + select + ") s ON " + on
                + " WHEN MATCHED" + matchedCondition + " THEN UPDATE SET " + set
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }
}
