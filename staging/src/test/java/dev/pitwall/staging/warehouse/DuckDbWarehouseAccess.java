package dev.pitwall.staging.warehouse;

/** The DuckDB DDL of a staging table, for tests of other packages. */
public final class DuckDbWarehouseAccess {

    private DuckDbWarehouseAccess() {
    }

    public static String createTable(StagingTable table) {
        return DuckDbWarehouse.createTable(table);
    }
}
