package dev.pitwall.staging.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.jboss.logging.Logger;

/**
 * Embedded DuckDB in one file. DuckDB lets one process write a file at a time, and this class is that single
 * writer: it holds one JDBC connection and every operation takes one lock around it, so calls from many
 * threads run one after another. {@link #withFileReleased} lends the file to another process (dbt) under that
 * lock and takes it back afterwards. DuckDB has no partitioning or clustering of tables; race date is a plain
 * column here.
 */
public final class DuckDbWarehouse extends JdbcWarehouse {

    /**
     * How a merge writes staged rows into the target table. Either way a row whose key is already there is
     * rewritten only when its raw record differs, so loading the same records again changes nothing, not even
     * their load id and time. Measured on 10,000 lap rows (2 cores, medians of
     * 17 runs, {@code MergeStrategyTest -Dbench.rounds=20}): into new keys UPSERT 38 ms, DELETE_INSERT 29 ms;
     * replacing existing keys UPSERT 26 ms, DELETE_INSERT 51 ms. UPDATE_INSERT, measured later on a busier
     * machine (medians of 12 runs, {@code -Dbench.rounds=12}): into new keys UPSERT 84 ms, DELETE_INSERT 60 ms,
     * UPDATE_INSERT 62 ms; replacing existing keys 30, 30 and 29 ms; and on the Kafka sink's 750k car samples in
     * batches of 50,000, UPDATE_INSERT 4.6 s against UPSERT 5.3 s. UPDATE_INSERT is the default.
     */
    public enum MergeStrategy {
        /** {@code INSERT ... ON CONFLICT (key) DO UPDATE}. */
        UPSERT,
        /** {@code DELETE ... USING} the staged keys, then a plain {@code INSERT}. */
        DELETE_INSERT,
        /**
         * {@code UPDATE ... FROM} the staged rows whose raw record changed, then {@code INSERT} the staged rows
         * whose key is new (an anti-join): set-wise joins instead of a key lookup per row, the fastest way to merge
         * large batches of mostly new keys (the Kafka sink's 750k car samples in batches of 50,000: see
         * docs/BENCHMARKS.md, "Sink").
         */
        UPDATE_INSERT
    }

    private static final Logger LOG = Logger.getLogger(DuckDbWarehouse.class);
    /** Tries to open the file again after a hand-over, and the pause between them. */
    private static final int REOPEN_TRIES = 10;
    private static final long REOPEN_PAUSE_MILLIS = 200;

    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;
    private final MergeStrategy strategy;
    /** The one connection; null while the file is handed over (or could not be opened again). Guarded by lock. */
    private Connection connection;
    /** Guarded by lock. */
    private boolean closed;
    /** Whether the file is handed to another process now ({@link #withFileReleased}). */
    private volatile boolean released;

    public DuckDbWarehouse(Path file, MergeStrategy strategy) {
        this.file = file.toAbsolutePath();
        this.strategy = strategy;
        try {
            if (this.file.getParent() != null) {
                Files.createDirectories(this.file.getParent());
            }
            this.connection = open();
        } catch (IOException | SQLException e) {
            throw new WarehouseException("cannot open DuckDB file " + file, e);
        }
    }

    /**
     * Opens the file. The driver directly, not DriverManager: DriverManager checks the caller's class loader, which
     * under Quarkus' test and dev class loaders may not be the one that registered the driver.
     */
    private Connection open() throws SQLException {
        return new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
    }

    public DuckDbWarehouse(Path file) {
        this(file, MergeStrategy.UPDATE_INSERT);
    }

    @Override
    public String kind() {
        return "duckdb";
    }

    @Override
    public void createSchema() {
        inTransaction("create schema", () -> {
            try (Statement s = connection.createStatement()) {
                for (StagingTable table : StagingTables.ALL) {
                    s.execute(createTable(table));
                }
                s.execute("CREATE TABLE IF NOT EXISTS " + StagingTables.LOADS + " (load_id VARCHAR PRIMARY KEY,"
                        + " kind VARCHAR NOT NULL, started_at TIMESTAMPTZ NOT NULL, finished_at TIMESTAMPTZ,"
                        + " outcome VARCHAR, row_count BIGINT)");
                s.execute("CREATE TABLE IF NOT EXISTS " + StagingTables.LOAD_ERRORS + " (load_id VARCHAR NOT NULL,"
                        + " url VARCHAR, reason VARCHAR NOT NULL, occurred_at TIMESTAMPTZ NOT NULL)");
                for (BookkeepingTables.Table table : BookkeepingTables.ALL) {
                    s.execute(BookkeepingTables.createDuckDb(table));
                }
            }
            return null;
        });
    }

    static String createTable(StagingTable table) {
        String columns = table.columns().stream()
                .map(c -> c.name() + " " + c.type().duckDb() + (c.notNull() ? " NOT NULL" : ""))
                .collect(Collectors.joining(", "));
        return "CREATE TABLE IF NOT EXISTS " + table.name() + " (" + columns + ", PRIMARY KEY ("
                + String.join(", ", table.keyNames()) + "))";
    }

    @Override
    public int merge(StagingTable table, List<Map<String, Object>> rows) {
        Collection<Map<String, Object>> distinct = Rows.distinctByKey(table, rows);
        if (distinct.isEmpty()) {
            return 0;
        }
        String temp = "merge_" + table.name();
        String columns = String.join(", ", table.columnNames());
        return inTransaction("merge into " + table.name(), () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE OR REPLACE TEMP TABLE " + temp + " AS SELECT " + columns + " FROM " + table.name()
                        + " LIMIT 0");
                append(temp, table, distinct);
                for (String sql : mergeSql(table, temp, strategy)) {
                    s.execute(sql);
                }
                s.execute("DROP TABLE " + temp);
            }
            return distinct.size();
        });
    }

    /**
     * Fills the temporary table through DuckDB's appender, which writes rows in bulk; a JDBC batch of
     * {@code INSERT}s runs one statement per row (10,000 lap rows: ~1.2 s against
     * 25-40 ms with the appender, merge included).
     */
    private void append(String temp, StagingTable table, Collection<Map<String, Object>> rows) throws SQLException {
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", temp)) {
            for (Map<String, Object> row : rows) {
                appender.beginRow();
                for (Column column : table.columns()) {
                    Object value = Rows.normalise(column.type(), row.get(column.name()));
                    if (value == null) {
                        appender.appendNull();
                    } else if (value instanceof String v) {
                        appender.append(v);
                    } else if (value instanceof Integer v) {
                        appender.append(v.intValue());
                    } else if (value instanceof Long v) {
                        appender.append(v.longValue());
                    } else if (value instanceof LocalDate v) {
                        appender.append(v);
                    } else {
                        appender.append((OffsetDateTime) value);
                    }
                }
                appender.endRow();
            }
        }
    }

    static List<String> mergeSql(StagingTable table, String temp, MergeStrategy strategy) {
        String columns = String.join(", ", table.columnNames());
        String insert = "INSERT INTO " + table.name() + " (" + columns + ") SELECT " + columns + " FROM " + temp;
        String raw = StagingTable.RAW;
        if (strategy == MergeStrategy.UPSERT) {
            String set = table.valueColumns().stream().map(c -> c.name() + " = EXCLUDED." + c.name())
                    .collect(Collectors.joining(", "));
            return List.of(insert + " ON CONFLICT (" + String.join(", ", table.keyNames()) + ") DO UPDATE SET " + set
                    + " WHERE " + table.name() + "." + raw + " IS DISTINCT FROM EXCLUDED." + raw);
        }
        String on = table.keyNames().stream().map(k -> table.name() + "." + k + " = " + temp + "." + k)
                .collect(Collectors.joining(" AND "));
        if (strategy == MergeStrategy.UPDATE_INSERT) {
            String set = table.valueColumns().stream().map(c -> c.name() + " = " + temp + "." + c.name())
                    .collect(Collectors.joining(", "));
            return List.of("UPDATE " + table.name() + " SET " + set + " FROM " + temp + " WHERE " + on + " AND "
                            + table.name() + "." + raw + " IS DISTINCT FROM " + temp + "." + raw,
                    insert + " WHERE NOT EXISTS (SELECT 1 FROM " + table.name() + " WHERE " + on + ")");
        }
        return List.of("DELETE FROM " + table.name() + " USING " + temp + " WHERE " + on + " AND " + table.name() + "."
                        + raw + " IS DISTINCT FROM " + temp + "." + raw,
                insert + " WHERE NOT EXISTS (SELECT 1 FROM " + table.name() + " WHERE " + on + ")");
    }

    @Override
    public void recordLoad(Load load) {
        inTransaction("record load " + load.loadId(), () -> {
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + StagingTables.LOADS
                    + " (load_id, kind, started_at, finished_at, outcome, row_count) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (load_id) DO UPDATE SET kind = EXCLUDED.kind, started_at = EXCLUDED.started_at,"
                    + " finished_at = EXCLUDED.finished_at, outcome = EXCLUDED.outcome, row_count = EXCLUDED.row_count")) {
                LoadRows.bindLoad(p, load);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordLoadError(LoadError error) {
        inTransaction("record load error " + error.loadId(), () -> {
            try (PreparedStatement p = connection.prepareStatement(LoadRows.INSERT_ERROR)) {
                LoadRows.bindError(p, error);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    <T> T transaction(String what, SqlWork<T> work) {
        return inTransaction(what, () -> work.run(connection));
    }

    @Override
    String upsertSql(BookkeepingTables.Table table) {
        return BookkeepingTables.upsertDuckDb(table);
    }

    /**
     * While the file is handed to another process the warehouse counts as reachable: it is in use, not down, and a
     * health check must not wait minutes for a dbt run.
     */
    @Override
    public boolean isReachable() {
        if (released) {
            return true;
        }
        try {
            return inTransaction("health", () -> {
                try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
                    return r.next();
                }
            });
        } catch (WarehouseException e) {
            return false;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            if (connection != null) {
                connection.close();
                connection = null;
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot close DuckDB", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands the file over: under the writer lock (so merges, loads and reads wait), closes the connection, runs
     * the work (a dbt child process that opens the same file), then opens the file again, whatever the work did.
     * Should opening fail (another process still holding the file), the connection stays closed and the next
     * operation tries again.
     */
    @Override
    public <T> T withFileReleased(String why, Supplier<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new WarehouseException("DuckDB " + file + " is closed; cannot hand it over for " + why);
            }
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.warnf("DuckDB %s: closing the connection for %s failed: %s", file, why, e.getMessage());
                }
                connection = null;
            }
            released = true;
            LOG.debugf("DuckDB %s handed over for %s", file, why);
            try {
                return work.get();
            } finally {
                released = false;
                reopen(why);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the file is handed to another process now (a dbt run), its connection closed. */
    public boolean handedOver() {
        return released;
    }

    /** After a hand-over: opens the file again, a few times if the other process is slow to let it go. */
    private void reopen(String why) {
        SQLException last = null;
        for (int i = 0; i < REOPEN_TRIES && connection == null; i++) {
            try {
                connection = open();
                LOG.debugf("DuckDB %s taken back after %s", file, why);
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(REOPEN_PAUSE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (connection == null) {
            LOG.errorf("DuckDB %s: cannot open the file again after %s (%s); the next operation tries again", file,
                    why, last == null ? "interrupted" : last.getMessage());
        }
    }

    /** The open connection, opening the file again if a hand-over left it closed. Call under the lock. */
    private Connection connection() throws SQLException {
        if (closed) {
            throw new WarehouseException("DuckDB " + file + " is closed");
        }
        if (connection == null) {
            connection = open();
        }
        return connection;
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs work under the writer lock in one transaction; rolls back on any failure. */
    private <T> T inTransaction(String what, Work<T> work) {
        lock.lock();
        try {
            Connection connection = connection();
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e instanceof WarehouseException w ? w : new WarehouseException(what + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WarehouseException(what + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
