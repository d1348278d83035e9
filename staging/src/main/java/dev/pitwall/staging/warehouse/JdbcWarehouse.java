package dev.pitwall.staging.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the DuckDB and Snowflake warehouses share: the Jolpica load book-keeping and row counts, written once over
 * two primitives each of them supplies (a transaction on a connection, and its upsert statement).
 */
abstract class JdbcWarehouse implements Warehouse {

    /** Work on a connection inside a transaction. */
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction; on any failure rolls back and throws a {@link WarehouseException}. */
    abstract <T> T transaction(String what, SqlWork<T> work);

    /** The statement that inserts or updates one book-keeping row by its key (parameters in column order). */
    abstract String upsertSql(BookkeepingTables.Table table);

    // --- Jolpica load book-keeping ---

    @Override
    public void recordCompletedUnit(CompletedUnit unit) {
        upsert(BookkeepingTables.LOAD_UNITS, BookkeepingTables.row(unit));
    }

    @Override
    public Set<String> completedUnits(int season) {
        Set<String> ids = new TreeSet<>();
        select(BookkeepingTables.LOAD_UNITS, "season = ?", "unit_id", season).forEach(r -> ids.add((String) r.get("unit_id")));
        return ids;
    }

    @Override
    public void saveBackfillJob(BackfillJob job) {
        upsert(BookkeepingTables.BACKFILL_JOBS, BookkeepingTables.row(job));
    }

    @Override
    public List<BackfillJob> backfillJobs() {
        return select(BookkeepingTables.BACKFILL_JOBS, "", "created_at DESC, job_id DESC").stream()
                .map(BookkeepingTables::job).toList();
    }

    @Override
    public void saveBackfillUnit(BackfillUnit unit) {
        upsert(BookkeepingTables.BACKFILL_UNITS, BookkeepingTables.row(unit));
    }

    @Override
    public List<BackfillUnit> backfillUnits(String jobId) {
        return select(BookkeepingTables.BACKFILL_UNITS, "job_id = ?", "seq", jobId).stream()
                .map(BookkeepingTables::unit).toList();
    }

    @Override
    public List<Load> recentLoads(int limit) {
        return query("recent loads", BookkeepingTables.LOADS_SELECT, BookkeepingTables.LOADS_COLUMNS, limit).stream()
                .map(BookkeepingTables::load).toList();
    }

    @Override
    public List<LoadError> recentLoadErrors(int limit) {
        return query("recent load errors", BookkeepingTables.ERRORS_SELECT, BookkeepingTables.ERRORS_COLUMNS, limit)
                .stream().map(BookkeepingTables::error).toList();
    }

    @Override
    public void recordDbtRun(DbtRunRow run) {
        upsert(BookkeepingTables.DBT_RUNS, BookkeepingTables.row(run));
    }

    @Override
    public List<DbtRunRow> recentDbtRuns(int limit) {
        return select(BookkeepingTables.DBT_RUNS, "", "started_at DESC, run_id DESC LIMIT ?", limit).stream()
                .map(BookkeepingTables::dbtRun).toList();
    }

    private void upsert(BookkeepingTables.Table table, Map<String, Object> row) {
        transaction("upsert into " + table.name(), c -> {
            try (PreparedStatement p = c.prepareStatement(upsertSql(table))) {
                BookkeepingTables.bind(p, table, row);
                p.executeUpdate();
            }
            return null;
        });
    }

    private List<Map<String, Object>> select(BookkeepingTables.Table table, String where, String orderBy,
                                             Object... parameters) {
        return query("select from " + table.name(), BookkeepingTables.select(table, where, orderBy), table.columns(),
                parameters);
    }

    private List<Map<String, Object>> query(String what, String sql, List<Column> columns, Object... parameters) {
        return transaction(what, c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    p.setObject(i + 1, parameters[i]);
                }
                try (ResultSet r = p.executeQuery()) {
                    return BookkeepingTables.read(r, columns);
                }
            }
        });
    }

    @Override
    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return transaction("count " + table, c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Override
    public List<Map<String, Object>> select(String what, String sql, List<?> parameters) {
        return transaction(what, c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    p.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    java.sql.ResultSetMetaData meta = r.getMetaData();
                    List<Map<String, Object>> rows = new java.util.ArrayList<>();
                    while (r.next()) {
                        Map<String, Object> row = new java.util.LinkedHashMap<>();
                        for (int col = 1; col <= meta.getColumnCount(); col++) {
                            row.put(meta.getColumnLabel(col).toLowerCase(java.util.Locale.ROOT), r.getObject(col));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }
}
