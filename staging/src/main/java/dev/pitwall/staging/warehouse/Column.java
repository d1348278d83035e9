package dev.pitwall.staging.warehouse;

/** One typed column of a staging table. */
public record Column(String name, ColumnType type, boolean notNull) {

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, true);
    }

    public static Column optional(String name, ColumnType type) {
        return new Column(name, type, false);
    }
}
