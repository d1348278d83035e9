package dev.pitwall.staging.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Snowflake over plain JDBC. The driver ({@code net.snowflake:snowflake-jdbc}) is not bundled: it is put on
 * the class path at deploy time. Tables are clustered by race date. A merge batches its rows into a session
 * temporary table (array binds), then runs one {@code MERGE} from it. Each operation opens its own connection,
 * so there is no single-writer constraint here; Snowflake serialises concurrent merges into one table itself.
 */
public final class SnowflakeWarehouse implements Warehouse {

    /** Opens a connection to the configured database and schema. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private static final int BATCH = 1_000;

    private final ConnectionSource connections;

    public SnowflakeWarehouse(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public String kind() {
        return "snowflake";
    }

    @Override
    public void createSchema() {
        inTransaction("create schema", c -> {
            try (Statement s = c.createStatement()) {
                for (StagingTable table : StagingTables.ALL) {
                    s.execute(SnowflakeSql.createTable(table));
                }
                for (String sql : SnowflakeSql.createBookkeeping()) {
                    s.execute(sql);
                }
                for (BookkeepingTables.Table table : BookkeepingTables.ALL) {
                    s.execute(BookkeepingTables.createSnowflake(table));
                }
            }
            return null;
        });
    }

    @Override
    public int merge(StagingTable table, List<Map<String, Object>> rows) {
        Collection<Map<String, Object>> distinct = Rows.distinctByKey(table, rows);
        if (distinct.isEmpty()) {
            return 0;
        }
        return inTransaction("merge into " + table.name(), c -> {
            try (PreparedStatement insert = c.prepareStatement(SnowflakeSql.insertTemp(table));
                    Statement s = c.createStatement()) {
                int pending = 0;
                for (Map<String, Object> row : distinct) {
                    Rows.bind(insert, table, row);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
                s.executeUpdate(SnowflakeSql.merge(table));
            }
            return distinct.size();
        }, SnowflakeSql.createTemp(table));
    }

    @Override
    public void recordLoad(Load load) {
        inTransaction("record load " + load.loadId(), c -> {
            try (PreparedStatement p = c.prepareStatement(SnowflakeSql.mergeLoad())) {
                LoadRows.bindLoad(p, load);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordLoadError(LoadError error) {
        inTransaction("record load error " + error.loadId(), c -> {
            try (PreparedStatement p = c.prepareStatement(LoadRows.INSERT_ERROR)) {
                LoadRows.bindError(p, error);
                p.executeUpdate();
            }
            return null;
        });
    }

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

    private void upsert(BookkeepingTables.Table table, Map<String, Object> row) {
        inTransaction("merge into " + table.name(), c -> {
            try (PreparedStatement p = c.prepareStatement(BookkeepingTables.mergeSnowflake(table))) {
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
        return inTransaction(what, c -> {
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
        return inTransaction("count " + table, c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Override
    public boolean isReachable() {
        try (Connection c = connections.open(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
            return r.next();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        // Connections are opened and closed per operation.
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Opens a connection, runs any DDL first (Snowflake commits an open transaction at each DDL statement),
     * then the work in one transaction, rolled back on any failure.
     */
    private <T> T inTransaction(String what, Work<T> work, String... ddlFirst) {
        try (Connection c = connections.open()) {
            try (Statement s = c.createStatement()) {
                for (String ddl : ddlFirst) {
                    s.execute(ddl);
                }
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WarehouseException(what + " failed: " + e.getMessage(), e);
        }
    }
}
