package dev.pitwall.replayer.clock;

/**
 * A replay speed: a factor of real time between {@link #MIN} and {@link #MAX}, or as fast as possible.
 */
public record Speed(double factor, boolean unpaced) {

    /** Slowest pace: a quarter of real time. */
    public static final double MIN = 0.25;
    /** Fastest paced replay: a hundred times real time. */
    public static final double MAX = 100;
    /** Real time. */
    public static final Speed REAL_TIME = new Speed(1, false);
    /** As fast as the broker takes the records. */
    public static final Speed AS_FAST_AS_POSSIBLE = new Speed(0, true);

    /** Parses {@code 10}, {@code 10x}, {@code 0.25} or {@code max}; rejects anything outside 0.25–100. */
    public static Speed parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("speed is missing: give a factor from 0.25 to 100, or 'max'");
        }
        String t = text.trim().toLowerCase();
        if (t.equals("max") || t.equals("asap") || t.equals("fastest")) {
            return AS_FAST_AS_POSSIBLE;
        }
        if (t.endsWith("x")) {
            t = t.substring(0, t.length() - 1);
        }
        double factor;
        try {
            factor = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed '" + text + "' is not a number: give a factor from 0.25 to 100, or 'max'");
        }
        if (!(factor >= MIN && factor <= MAX)) {
            throw new IllegalArgumentException("speed " + text + " is out of range: give a factor from 0.25 to 100, or 'max'");
        }
        return new Speed(factor, false);
    }

    /** The factor for the wire ({@code null} when unpaced). */
    public Double wireFactor() {
        return unpaced ? null : factor;
    }

    @Override
    public String toString() {
        return unpaced ? "max" : factor + "x";
    }
}
