package dev.pitwall.staging.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Snowflake over plain JDBC. The driver ({@code net.snowflake:snowflake-jdbc}) is not in the default build: the
 * {@code -Psnowflake} profile adds it, for the JVM image of the Snowflake deployment (docs/deploy.md). Tables are clustered by race date. A merge batches its rows into a session
 * temporary table (array binds), then runs one {@code MERGE} from it. Each operation opens its own connection,
 * so there is no single-writer constraint here; Snowflake serialises concurrent merges into one table itself.
 */
public final class SnowflakeWarehouse extends JdbcWarehouse {

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

    @Override
    <T> T transaction(String what, SqlWork<T> work) {
        return inTransaction(what, work::run);
    }

    @Override
    String upsertSql(BookkeepingTables.Table table) {
        return BookkeepingTables.mergeSnowflake(table);
    }

    @Override
    public boolean isReachable() {
        try (Connection c = connections.open(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
            return r.next();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Nothing to release: every operation opens its own connection, and Snowflake takes concurrent writers. */
    @Override
    public <T> T withFileReleased(String why, java.util.function.Supplier<T> work) {
        return work.get();
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
