package dev.pitwall.staging.analysis;

import java.util.Map;

/** Reading JDBC values of a mart row (column label to value) as the reply types want them. */
final class Values {

    private Values() {
    }

    static Integer integer(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Long longValue(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v instanceof Number n ? n.longValue() : null;
    }

    static long count(Map<String, Object> row, String column) {
        Long v = longValue(row, column);
        return v == null ? 0 : v;
    }

    /** A number as a double rounded to 2 decimals (points are FLOAT in the marts: 0.5 points stay 0.5). */
    static Double decimal(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v instanceof Number n ? Math.round(n.doubleValue() * 100) / 100.0 : null;
    }

    static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? null : v.toString();
    }

    static boolean flag(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v instanceof Boolean b ? b : v != null && "true".equalsIgnoreCase(v.toString());
    }
}
