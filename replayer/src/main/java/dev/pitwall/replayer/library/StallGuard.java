package dev.pitwall.replayer.library;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a response body that delivers no bytes for too long, so that a stalled transfer fails (and is retried)
 * instead of hanging: the JDK client has no read timeout once the headers are in.
 */
final class StallGuard implements AutoCloseable {

    /** One daemon timer thread for every guard, started on first use. */
    private static final class Timer {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "archive-stall-guard");
            t.setDaemon(true);
            return t;
        });
    }

    private final InputStream body;
    private final long limitNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastDataNanos = System.nanoTime();
    private volatile boolean stalled;

    StallGuard(InputStream body, Duration limit) {
        this.body = body;
        this.limitNanos = limit.toNanos();
        long periodMs = Math.max(20, limit.toMillis() / 4);
        this.check = Timer.INSTANCE.scheduleAtFixedRate(this::check, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    /** The body, noting the time of every read. */
    InputStream stream() {
        return new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                lastDataNanos = System.nanoTime();
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                lastDataNanos = System.nanoTime();
                return n;
            }
        };
    }

    /** True when this guard closed the body for lack of data. */
    boolean stalled() {
        return stalled;
    }

    private void check() {
        if (System.nanoTime() - lastDataNanos > limitNanos) {
            stalled = true;
            check.cancel(false);
            try {
                body.close(); // wakes the blocked reader with an IOException
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }
    }

    @Override
    public void close() {
        check.cancel(false);
    }
}
