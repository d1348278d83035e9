package dev.pitwall.staging.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Checks, de-duplicates and binds rows the same way for every warehouse. */
final class Rows {

    private Rows() {
    }

    /** The rows with unknown columns rejected and duplicate keys collapsed (the last one wins). */
    static Collection<Map<String, Object>> distinctByKey(StagingTable table, List<Map<String, Object>> rows) {
        Set<String> names = new HashSet<>(table.columnNames());
        List<String> keyNames = table.keyNames();
        Map<Key, Map<String, Object>> byKey = new LinkedHashMap<>(Math.max(16, rows.size() * 4 / 3 + 1));
        for (Map<String, Object> row : rows) {
            if (!names.containsAll(row.keySet())) {
                for (String column : row.keySet()) {
                    if (!names.contains(column)) {
                        throw new WarehouseException(table.name() + " has no column " + column);
                    }
                }
            }
            Object[] key = new Object[keyNames.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = row.get(keyNames.get(i));
            }
            byKey.put(new Key(key), row);
        }
        return byKey.values();
    }

    /**
     * A row's key values with a well-spread hash. {@code List.hashCode} is a plain 31-polynomial: keys such as
     * (session, car, seq) with dense sequence numbers collide by the thousands (car "1" at seq n+93 and car "4" at
     * seq n hash alike), which turned the map's bins into trees and made de-duplication of 20,000 rows slow.
     */
    private record Key(Object[] parts) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(parts, k.parts);
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (Object p : parts) {
                h = (h + Objects.hashCode(p)) * 0x9E3779B1;
            }
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            h *= 0xC2B2AE35;
            return h ^ (h >>> 16);
        }
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
