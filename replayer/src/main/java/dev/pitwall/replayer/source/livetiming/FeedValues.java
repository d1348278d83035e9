package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the feed's loosely typed values: times ({@code 1:36.123}, {@code 65.482}, {@code +1.234}), gaps that
 * may be laps ({@code LAP 57}, {@code 1L}, {@code +1 LAP}), numbers and booleans sent as strings. A blank or
 * unreadable value gives {@code null}, never an invented number.
 */
public final class FeedValues {

    private static final Pattern DURATION = Pattern.compile("\\+?(?:(\\d+):)?(?:(\\d+):)?(\\d+(?:\\.\\d+)?)");
    private static final Pattern LEADER_LAP = Pattern.compile("LAP\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAPS_BEHIND = Pattern.compile("\\+?\\s*(\\d+)\\s*(?:L|LAPS?)", Pattern.CASE_INSENSITIVE);

    private FeedValues() {
    }

    /** A gap or interval: milliseconds, or whole laps behind, or the leader's lap ({@code LAP 57}); text as sent. */
    public record Gap(Long ms, Integer lapsBehind, Integer leaderLap, String text) {
    }

    /** Milliseconds of {@code h:mm:ss.fff}, {@code m:ss.fff}, {@code ss.fff} or {@code +1.234}; null if blank or not a time. */
    public static Long durationMs(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        long hours = 0;
        long minutes = 0;
        if (m.group(2) != null) {
            hours = Long.parseLong(m.group(1));
            minutes = Long.parseLong(m.group(2));
        } else if (m.group(1) != null) {
            minutes = Long.parseLong(m.group(1));
        }
        double seconds = Double.parseDouble(m.group(3));
        return (hours * 3600 + minutes * 60) * 1000 + Math.round(seconds * 1000);
    }

    /** A gap/interval as the feed writes it; all-null fields for a blank value. */
    public static Gap gap(String text) {
        if (text == null || text.isBlank()) {
            return new Gap(null, null, null, null);
        }
        String t = text.trim();
        Matcher leader = LEADER_LAP.matcher(t);
        if (leader.matches()) {
            return new Gap(null, null, Integer.parseInt(leader.group(1)), t);
        }
        Matcher laps = LAPS_BEHIND.matcher(t);
        if (laps.matches()) {
            return new Gap(null, Integer.parseInt(laps.group(1)), null, t);
        }
        return new Gap(durationMs(t), null, null, t);
    }

    /** {@code m:ss.fff} of a lap time in milliseconds (minutes not padded, as F1 and Jolpica write it). */
    public static String formatLapTime(long ms) {
        long minutes = ms / 60_000;
        long rest = ms % 60_000;
        return String.format(java.util.Locale.ROOT, "%d:%02d.%03d", minutes, rest / 1000, rest % 1000);
    }

    /**
     * A feed timestamp as UTC: {@code 2025-03-16T03:15:05} (no zone, which the feed means as UTC) or with a
     * zone ({@code ...Z}, up to 9 fraction digits); null if blank or unreadable.
     */
    public static java.time.Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.trim()).toInstant();
        } catch (java.time.format.DateTimeParseException zoned) {
            try {
                return java.time.LocalDateTime.parse(text.trim()).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Text of a node; null for a missing or null node. */
    public static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** Text of a node, null when blank too. */
    public static String nonBlank(JsonNode node) {
        String t = text(node);
        return t == null || t.isBlank() ? null : t.trim();
    }

    /** An integer sent as number or string ({@code "1"}); null if blank or not an integer. */
    public static Integer integer(JsonNode node) {
        if (node != null && node.isIntegralNumber()) {
            return node.intValue();
        }
        String t = nonBlank(node);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal sent as number or string ({@code "22.4"}); null if blank or not a number. */
    public static Double decimal(JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        String t = nonBlank(node);
        if (t == null) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A boolean sent as {@code true}, {@code "true"}, {@code "1"} or {@code 1}; null if missing or unreadable. */
    public static Boolean bool(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.intValue() != 0;
        }
        String t = node.asText().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
