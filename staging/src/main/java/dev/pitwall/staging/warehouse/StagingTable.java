package dev.pitwall.staging.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A staging table: its name, its natural key and its typed columns.
 *
 * <p>Every table has the key columns first, then the load metadata ({@link #METADATA}) minus any column
 * that is already a key. Rows are merged by key, so loading the same record twice leaves one row.
 */
public record StagingTable(String name, List<Column> key, List<Column> columns, Optional<String> clusterBy) {

    /** Column holding the raw record as JSON text. */
    public static final String RAW = "raw";
    public static final String LOAD_ID = "load_id";
    public static final String LOADED_AT = "loaded_at";
    /** Where the record came from: a URL, or {@code topic/partition/offset}. */
    public static final String SOURCE = "source";
    public static final String SEASON = "season";
    public static final String ROUND = "round";
    public static final String RACE_DATE = "race_date";

    /** Load metadata every staging table carries. */
    public static final List<Column> METADATA = List.of(
            Column.required(LOAD_ID, ColumnType.TEXT),
            Column.required(LOADED_AT, ColumnType.TIMESTAMP),
            Column.optional(SOURCE, ColumnType.TEXT),
            Column.optional(SEASON, ColumnType.INT),
            Column.optional(ROUND, ColumnType.INT),
            Column.optional(RACE_DATE, ColumnType.DATE),
            Column.required(RAW, ColumnType.TEXT));

    public StagingTable {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
        if (key.isEmpty()) {
            throw new IllegalArgumentException(name + ": a staging table needs a key");
        }
    }

    /** A staging table keyed by {@code key} (all NOT NULL), with the load metadata, clustered by race date. */
    public static StagingTable of(String name, Column... key) {
        List<Column> keyColumns = Stream.of(key).map(c -> Column.required(c.name(), c.type())).toList();
        List<Column> all = new ArrayList<>(keyColumns);
        METADATA.stream().filter(m -> keyColumns.stream().noneMatch(k -> k.name().equals(m.name()))).forEach(all::add);
        return new StagingTable(name, keyColumns, all, Optional.of(RACE_DATE));
    }

    public List<String> keyNames() {
        return key.stream().map(Column::name).toList();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Columns that are not part of the key (the ones a merge updates). */
    public List<Column> valueColumns() {
        return columns.stream().filter(c -> !key.contains(c)).toList();
    }
}
