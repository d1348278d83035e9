package dev.pitwall.staging.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds the loads and load-errors book-keeping rows, the same for every warehouse. */
final class LoadRows {

    static final String INSERT_ERROR = "INSERT INTO " + StagingTables.LOAD_ERRORS
            + " (load_id, url, reason, occurred_at) VALUES (?, ?, ?, ?)";

    private LoadRows() {
    }

    /** Binds load id, kind, started, finished, outcome, rows to parameters 1..6. */
    static void bindLoad(PreparedStatement p, Warehouse.Load load) throws SQLException {
        Rows.bind(p, 1, ColumnType.TEXT, load.loadId());
        Rows.bind(p, 2, ColumnType.TEXT, load.kind());
        Rows.bind(p, 3, ColumnType.TIMESTAMP, load.started());
        Rows.bind(p, 4, ColumnType.TIMESTAMP, load.finished());
        Rows.bind(p, 5, ColumnType.TEXT, load.outcome());
        Rows.bind(p, 6, ColumnType.BIGINT, load.rows());
    }

    static void bindError(PreparedStatement p, Warehouse.LoadError error) throws SQLException {
        Rows.bind(p, 1, ColumnType.TEXT, error.loadId());
        Rows.bind(p, 2, ColumnType.TEXT, error.url());
        Rows.bind(p, 3, ColumnType.TEXT, error.reason());
        Rows.bind(p, 4, ColumnType.TIMESTAMP, error.at());
    }
}
