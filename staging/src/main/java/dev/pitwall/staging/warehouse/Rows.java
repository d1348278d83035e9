package dev.pitwall.staging.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks, de-duplicates and binds rows the same way for every warehouse. */
final class Rows {

    private Rows() {
    }

    /** The rows with unknown columns rejected and duplicate keys collapsed (the last one wins). */
    static Collection<Map<String, Object>> distinctByKey(StagingTable table, List<Map<String, Object>> rows) {
        List<String> names = table.columnNames();
        Map<List<Object>, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            for (String column : row.keySet()) {
                if (!names.contains(column)) {
                    throw new WarehouseException(table.name() + " has no column " + column);
                }
            }
            List<Object> key = new ArrayList<>();
            table.keyNames().forEach(k -> key.add(row.get(k)));
            byKey.put(key, row);
        }
        return byKey.values();
    }

    /** Binds one row's values, in column order, to parameters 1..n. */
    static void bind(PreparedStatement statement, StagingTable table, Map<String, Object> row) throws SQLException {
        int i = 1;
        for (Column column : table.columns()) {
            bind(statement, i++, column.type(), row.get(column.name()));
        }
    }

    static void bind(PreparedStatement statement, int index, ColumnType type, Object value) throws SQLException {
        Object normal = normalise(type, value);
        if (normal == null) {
            statement.setNull(index, sqlType(type));
        } else {
            statement.setObject(index, normal);
        }
    }

    /**
     * A value as the Java type bound for its column: String, Integer, Long, LocalDate, or OffsetDateTime at
     * UTC (given as an Instant). Dates and instants may also be given as ISO-8601 text.
     */
    static Object normalise(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case TEXT -> value.toString();
                case INT -> value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
                case BIGINT -> value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
                case DATE -> value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
                case TIMESTAMP -> (value instanceof Instant t ? t : Instant.parse(value.toString())).atOffset(ZoneOffset.UTC);
            };
        } catch (RuntimeException e) {
            throw new WarehouseException("not a " + type + ": " + value, e);
        }
    }

    private static int sqlType(ColumnType type) {
        return switch (type) {
            case TEXT -> Types.VARCHAR;
            case INT -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
        };
    }
}
