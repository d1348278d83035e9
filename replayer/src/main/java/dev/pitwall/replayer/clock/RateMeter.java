package dev.pitwall.replayer.clock;

/** Events per second over the last few seconds, from a running count. */
public final class RateMeter {

    private long windowStartNanos = System.nanoTime();
    private long windowStartCount;
    private double rate;

    /** Updates the rate from the current total; call it often (it rolls the window each second). */
    public synchronized double update(long totalCount) {
        long now = System.nanoTime();
        long elapsed = now - windowStartNanos;
        if (elapsed >= 1_000_000_000L) {
            rate = (totalCount - windowStartCount) * 1e9 / elapsed;
            windowStartNanos = now;
            windowStartCount = totalCount;
        }
        return rate;
    }

    public synchronized double rate() {
        return rate;
    }
}
