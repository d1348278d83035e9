package dev.pitwall.replayer.source.fastf1;

/**
 * Shares the boxes of whole-number doubles in a small range. About half of a FastF1 telemetry row's values
 * are whole numbers (the original samples: speed and rpm of car-data rows, x/y/z of position rows, throttle),
 * and a race holds three quarters of a million rows in memory, so sharing them saves allocation and GC work.
 */
final class BoxedDoubles {

    private static final int LOW = -8192;
    private static final int HIGH = 16384;
    private static final Double[] CACHE = new Double[HIGH - LOW];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = (double) (i + LOW);
        }
    }

    private BoxedDoubles() {
    }

    /** The box of {@code v}: a shared one for whole numbers in range (not -0.0), a new one otherwise. */
    static Double valueOf(double v) {
        int i = (int) v;
        if (i == v && i >= LOW && i < HIGH && (i != 0 || Double.doubleToRawLongBits(v) == 0L)) {
            return CACHE[i - LOW];
        }
        return v;
    }
}
