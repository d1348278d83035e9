package dev.pitwall.timing.state;

/** Formats a gap or interval for display when the timing source did not give the text itself. */
final class GapText {

    private GapText() {
    }

    /**
     * {@code text} when given; else whole laps ({@code 1L}) when the car is lapped, else {@code +s.mmm}, else null.
     * Whole laps win over milliseconds, so a lapped car never shows a same-lap gap.
     */
    static String of(String text, Long ms, Integer lapsBehind) {
        if (text != null) {
            return text;
        }
        if (lapsBehind != null && lapsBehind > 0) {
            return lapsBehind + "L";
        }
        if (ms != null) {
            return String.format(java.util.Locale.ROOT, "+%d.%03d", ms / 1000, ms % 1000);
        }
        return null;
    }

    /** The leader's text: the lap it is on ({@code LAP 57}), capped at the race distance when known. */
    static String leader(Integer lapsCompleted, Integer totalLaps) {
        if (lapsCompleted == null) {
            return null;
        }
        int lap = lapsCompleted + 1;
        return "LAP " + (totalLaps != null ? Math.min(lap, totalLaps) : lap);
    }
}
