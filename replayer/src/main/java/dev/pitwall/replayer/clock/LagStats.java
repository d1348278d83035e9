package dev.pitwall.replayer.clock;

/**
 * How late records are sent against their schedule: a fixed histogram with 0.1 ms buckets up to 10 s
 * (later is counted in the last bucket), cheap enough to record every send.
 */
public final class LagStats {

    private static final int BUCKETS = 100_000;
    private static final double BUCKET_MS = 0.1;

    private final long[] counts = new long[BUCKETS];
    private long total;
    private double maxMs;

    /** Records one send that happened {@code lagNanos} after it was due (negative counts as on time). */
    public synchronized void record(long lagNanos) {
        double ms = Math.max(0, lagNanos / 1e6);
        counts[(int) Math.min(BUCKETS - 1, ms / BUCKET_MS)]++;
        total++;
        maxMs = Math.max(maxMs, ms);
    }

    /** The lag (ms) at or below which a share {@code q} (0..1) of sends happened; 0 with no sends. */
    public synchronized double percentileMs(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return (i + 1) * BUCKET_MS;
            }
        }
        return maxMs;
    }

    public synchronized long count() {
        return total;
    }

    public synchronized double maxMs() {
        return maxMs;
    }

    public synchronized void reset() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        maxMs = 0;
    }
}
