package dev.pitwall.staging.warehouse;

import static dev.pitwall.staging.warehouse.ColumnType.BIGINT;
import static dev.pitwall.staging.warehouse.ColumnType.DATE;
import static dev.pitwall.staging.warehouse.ColumnType.INT;
import static dev.pitwall.staging.warehouse.ColumnType.TEXT;
import static dev.pitwall.staging.warehouse.ColumnType.TIMESTAMP;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Jolpica load book-keeping tables (completed load units, backfill jobs and their units) and the SQL both
 * warehouses run on them: DDL, an upsert by key (DuckDB {@code ON CONFLICT}, Snowflake {@code MERGE}) and a select.
 * Separate from the staging tables' merge code on purpose: these rows are small and written one at a time.
 */
final class BookkeepingTables {

    /** A book-keeping table: name, typed columns (key columns first) and key. */
    record Table(String name, List<Column> columns, List<String> key) {
        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /** One row per load unit that completed with rows; the scheduler never loads these again. */
    static final Table LOAD_UNITS = new Table(StagingTables.LOAD_UNITS, List.of(
            Column.required("unit_id", TEXT), Column.required("endpoint", TEXT), Column.required("season", INT),
            Column.optional("round", INT), Column.required("load_id", TEXT), Column.required("row_count", BIGINT),
            Column.required("completed_at", TIMESTAMP)), List.of("unit_id"));

    /** One row per backfill job, updated as it runs. */
    static final Table BACKFILL_JOBS = new Table(StagingTables.BACKFILL_JOBS, List.of(
            Column.required("job_id", TEXT), Column.required("season", INT), Column.optional("from_round", INT),
            Column.optional("to_round", INT), Column.required("state", TEXT), Column.required("created_at", TIMESTAMP),
            Column.required("updated_at", TIMESTAMP), Column.required("requests", BIGINT),
            Column.optional("report", TEXT)), List.of("job_id"));

    /** One row per unit a backfill job planned, updated when the unit is loaded or fails. */
    static final Table BACKFILL_UNITS = new Table(StagingTables.BACKFILL_UNITS, List.of(
            Column.required("job_id", TEXT), Column.required("unit_id", TEXT), Column.required("seq", INT),
            Column.required("endpoint", TEXT), Column.required("season", INT), Column.optional("round", INT),
            Column.optional("race_date", DATE), Column.required("outcome", TEXT), Column.required("row_count", BIGINT),
            Column.required("requests", BIGINT), Column.optional("total", INT), Column.optional("page_limit", INT),
            Column.required("pages_done", INT), Column.optional("url", TEXT), Column.optional("reason", TEXT),
            Column.optional("finished_at", TIMESTAMP)), List.of("job_id", "unit_id"));

    /**
     * One row per dbt run: what triggered it ({@code triggered_by}: TRIGGER is an ANSI keyword, which Snowflake
     * reserves), selection, times, outcome, counts, failed nodes (comma-separated), message.
     */
    static final Table DBT_RUNS = new Table(StagingTables.DBT_RUNS, List.of(
            Column.required("run_id", TEXT), Column.required("triggered_by", TEXT), Column.required("selection", TEXT),
            Column.required("started_at", TIMESTAMP), Column.optional("finished_at", TIMESTAMP),
            Column.required("outcome", TEXT), Column.required("models_built", BIGINT),
            Column.required("tests_passed", BIGINT), Column.required("tests_failed", BIGINT),
            Column.optional("failed_nodes", TEXT), Column.optional("message", TEXT)), List.of("run_id"));

    static final List<Table> ALL = List.of(LOAD_UNITS, BACKFILL_JOBS, BACKFILL_UNITS, DBT_RUNS);

    private BookkeepingTables() {
    }

    static String createDuckDb(Table table) {
        return create(table, ColumnType::duckDb);
    }

    static String createSnowflake(Table table) {
        return create(table, ColumnType::snowflake);
    }

    private static String create(Table table, java.util.function.Function<ColumnType, String> spelling) {
        String columns = table.columns().stream()
                .map(c -> c.name() + " " + spelling.apply(c.type()) + (c.notNull() ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
        return "CREATE TABLE IF NOT EXISTS " + table.name() + " (" + columns + ", PRIMARY KEY ("
                + String.join(", ", table.key()) + "))";
    }

    /** DuckDB: insert one row, or update every non-key column of the row with its key. */
    static String upsertDuckDb(Table table) {
        String columns = String.join(", ", table.columnNames());
        String set = table.columnNames().stream().filter(c -> !table.key().contains(c))
                .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + table.name() + " (" + columns + ") VALUES ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                + String.join(", ", table.key()) + ") DO UPDATE SET " + set;
    }

    /** Snowflake: the same as one {@code MERGE} from a one-row {@code SELECT} of typed parameters. */
    static String mergeSnowflake(Table table) {
        String select = table.columns().stream()
                .map(c -> "CAST(? AS " + c.type().snowflake() + ") AS " + c.name())
                .collect(Collectors.joining(", "));
        String on = table.key().stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        String set = table.columnNames().stream().filter(c -> !table.key().contains(c))
                .map(c -> "t." + c + " = s." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table.name() + " t USING (SELECT " + select + ") s ON " + on
                + " WHEN MATCHED THEN UPDATE SET " + set + " WHEN NOT MATCHED THEN INSERT ("
                + String.join(", ", table.columnNames()) + ") VALUES ("
                + table.columnNames().stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code SELECT} every column, with an optional {@code WHERE} (parameters bound by the caller) and order. */
    static String select(Table table, String where, String orderBy) {
        return "SELECT " + String.join(", ", table.columnNames()) + " FROM " + table.name()
                + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY " + orderBy;
    }

    static void bind(PreparedStatement p, Table table, Map<String, Object> row) throws SQLException {
        int i = 1;
        for (Column column : table.columns()) {
            Object value = row.get(column.name());
            if (value == null && column.notNull()) {
                throw new WarehouseException(table.name() + "." + column.name() + " must not be null");
            }
            Rows.bind(p, i++, column.type(), value);
        }
    }

    /** Every row of a result set selected with {@link #select}, as maps of plain Java values. */
    static List<Map<String, Object>> read(ResultSet r, List<Column> columns) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (r.next()) {
            Map<String, Object> row = new HashMap<>();
            int i = 1;
            for (Column column : columns) {
                row.put(column.name(), value(column.type(), r.getObject(i++)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A JDBC value as String, Integer, Long, LocalDate or Instant, whatever the driver returned. */
    static Object value(ColumnType type, Object v) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> v.toString();
            case INT -> ((Number) v).intValue();
            case BIGINT -> ((Number) v).longValue();
            case DATE -> v instanceof LocalDate d ? d : v instanceof java.sql.Date d ? d.toLocalDate()
                    : LocalDate.parse(v.toString());
            case TIMESTAMP -> v instanceof OffsetDateTime t ? t.toInstant() : v instanceof Timestamp t ? t.toInstant()
                    : v instanceof Instant t ? t : v instanceof LocalDateTime t ? t.toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(v.toString()).toInstant();
        };
    }

    // --- the typed rows <-> maps ---

    static Map<String, Object> row(Warehouse.CompletedUnit u) {
        Map<String, Object> m = new HashMap<>();
        m.put("unit_id", u.unitId());
        m.put("endpoint", u.endpoint());
        m.put("season", u.season());
        m.put("round", u.round());
        m.put("load_id", u.loadId());
        m.put("row_count", u.rows());
        m.put("completed_at", u.completedAt());
        return m;
    }

    static Map<String, Object> row(Warehouse.BackfillJob j) {
        Map<String, Object> m = new HashMap<>();
        m.put("job_id", j.jobId());
        m.put("season", j.season());
        m.put("from_round", j.fromRound());
        m.put("to_round", j.toRound());
        m.put("state", j.state());
        m.put("created_at", j.createdAt());
        m.put("updated_at", j.updatedAt());
        m.put("requests", j.requests());
        m.put("report", j.report());
        return m;
    }

    static Warehouse.BackfillJob job(Map<String, Object> m) {
        return new Warehouse.BackfillJob((String) m.get("job_id"), (Integer) m.get("season"),
                (Integer) m.get("from_round"), (Integer) m.get("to_round"), (String) m.get("state"),
                (Instant) m.get("created_at"), (Instant) m.get("updated_at"), (Long) m.get("requests"),
                (String) m.get("report"));
    }

    static Map<String, Object> row(Warehouse.BackfillUnit u) {
        Map<String, Object> m = new HashMap<>();
        m.put("job_id", u.jobId());
        m.put("unit_id", u.unitId());
        m.put("seq", u.seq());
        m.put("endpoint", u.endpoint());
        m.put("season", u.season());
        m.put("round", u.round());
        m.put("race_date", u.raceDate());
        m.put("outcome", u.outcome());
        m.put("row_count", u.rows());
        m.put("requests", u.requests());
        m.put("total", u.total());
        m.put("page_limit", u.pageLimit());
        m.put("pages_done", u.pagesDone());
        m.put("url", u.url());
        m.put("reason", u.reason());
        m.put("finished_at", u.finishedAt());
        return m;
    }

    static Warehouse.BackfillUnit unit(Map<String, Object> m) {
        return new Warehouse.BackfillUnit((String) m.get("job_id"), (String) m.get("unit_id"), (Integer) m.get("seq"),
                (String) m.get("endpoint"), (Integer) m.get("season"), (Integer) m.get("round"),
                (LocalDate) m.get("race_date"), (String) m.get("outcome"), (Long) m.get("row_count"),
                (Long) m.get("requests"), (Integer) m.get("total"), (Integer) m.get("page_limit"),
                (Integer) m.get("pages_done"), (String) m.get("url"), (String) m.get("reason"),
                (Instant) m.get("finished_at"));
    }

    static Map<String, Object> row(Warehouse.DbtRunRow r) {
        Map<String, Object> m = new HashMap<>();
        m.put("run_id", r.runId());
        m.put("triggered_by", r.trigger());
        m.put("selection", r.selection());
        m.put("started_at", r.startedAt());
        m.put("finished_at", r.finishedAt());
        m.put("outcome", r.outcome());
        m.put("models_built", r.modelsBuilt());
        m.put("tests_passed", r.testsPassed());
        m.put("tests_failed", r.testsFailed());
        m.put("failed_nodes", r.failedNodes());
        m.put("message", r.message());
        return m;
    }

    static Warehouse.DbtRunRow dbtRun(Map<String, Object> m) {
        return new Warehouse.DbtRunRow((String) m.get("run_id"), (String) m.get("triggered_by"), (String) m.get("selection"),
                (Instant) m.get("started_at"), (Instant) m.get("finished_at"), (String) m.get("outcome"),
                (Long) m.get("models_built"), (Long) m.get("tests_passed"), (Long) m.get("tests_failed"),
                (String) m.get("failed_nodes"), (String) m.get("message"));
    }

    /** Columns of the loads table, in the order {@link #LOADS_SELECT} returns them. */
    static final List<Column> LOADS_COLUMNS = List.of(Column.required("load_id", TEXT), Column.required("kind", TEXT),
            Column.required("started_at", TIMESTAMP), Column.optional("finished_at", TIMESTAMP),
            Column.optional("outcome", TEXT), Column.optional("row_count", BIGINT));

    static final String LOADS_SELECT = "SELECT load_id, kind, started_at, finished_at, outcome, row_count FROM "
            + StagingTables.LOADS + " ORDER BY started_at DESC, load_id DESC LIMIT ?";

    static final List<Column> ERRORS_COLUMNS = List.of(Column.required("load_id", TEXT), Column.optional("url", TEXT),
            Column.required("reason", TEXT), Column.required("occurred_at", TIMESTAMP));

    static final String ERRORS_SELECT = "SELECT load_id, url, reason, occurred_at FROM " + StagingTables.LOAD_ERRORS
            + " ORDER BY occurred_at DESC LIMIT ?";

    static Warehouse.Load load(Map<String, Object> m) {
        return new Warehouse.Load((String) m.get("load_id"), (String) m.get("kind"), (Instant) m.get("started_at"),
                (Instant) m.get("finished_at"), (String) m.get("outcome"),
                m.get("row_count") == null ? 0 : (Long) m.get("row_count"));
    }

    static Warehouse.LoadError error(Map<String, Object> m) {
        return new Warehouse.LoadError((String) m.get("load_id"), (String) m.get("url"), (String) m.get("reason"),
                (Instant) m.get("occurred_at"));
    }
}
