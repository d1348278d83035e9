package dev.pitwall.staging.sink;

/** Lets tests of other packages count rows as stored by the sink. */
public final class SinkStatsAccess {

    private SinkStatsAccess() {
    }

    public static void rowsWritten(SinkStats stats, String table, long rows) {
        stats.rowsWritten(table, rows);
    }
}
