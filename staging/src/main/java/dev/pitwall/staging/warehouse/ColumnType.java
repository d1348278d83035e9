package dev.pitwall.staging.warehouse;

/** The few column types staging tables use, with their spelling in each warehouse. */
public enum ColumnType {
    TEXT("VARCHAR", "VARCHAR"),
    INT("INTEGER", "INTEGER"),
    BIGINT("BIGINT", "BIGINT"),
    DATE("DATE", "DATE"),
    /** An instant, stored with its zone (UTC). Bind an {@link java.time.Instant}. */
    TIMESTAMP("TIMESTAMPTZ", "TIMESTAMP_TZ");

    private final String duckDb;
    private final String snowflake;

    ColumnType(String duckDb, String snowflake) {
        this.duckDb = duckDb;
        this.snowflake = snowflake;
    }

    public String duckDb() {
        return duckDb;
    }

    public String snowflake() {
        return snowflake;
    }
}
