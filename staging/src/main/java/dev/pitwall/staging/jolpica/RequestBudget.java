package dev.pitwall.staging.jolpica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one request budget every Jolpica call draws from: at most {@code perSecond} requests in any rolling
 * short window and {@code perHour} in any rolling hour, plus a shared pause set by a 429's {@code Retry-After}.
 *
 * <p>It keeps the send times of the last hour; {@link #acquire()} blocks the caller until a send fits both
 * windows and no pause is in force, then records it. SmallRye's {@code @RateLimit} rejects calls over the
 * limit instead of waiting, and covers one window, which is why this small waiting limiter sits in front of the
 * fault-tolerance guard (retries, circuit breaker) instead. Every attempt, retries included, takes a slot.
 */
@ApplicationScoped
public class RequestBudget {

    private static final long HOUR_NANOS = Duration.ofHours(1).toNanos();

    private final int perSecond;
    private final long windowNanos;
    private final int perHour;
    private final Deque<Long> sent = new ArrayDeque<>();
    private long pausedUntil = System.nanoTime(); // nanoTime may be negative: never compare with a sentinel

    @Inject
    public RequestBudget(JolpicaConfig config) {
        this(config.perSecond(), config.secondWindow(), config.perHour());
    }

    public RequestBudget(int perSecond, Duration secondWindow, int perHour) {
        if (perSecond < 1 || perHour < 1 || secondWindow.isNegative() || secondWindow.isZero()) {
            throw new IllegalArgumentException("request budget needs positive limits");
        }
        this.perSecond = perSecond;
        this.windowNanos = secondWindow.toNanos();
        this.perHour = perHour;
    }

    /** Blocks until one more request fits in both windows, then counts it as sent. */
    public synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            long wait = waitNanos(now);
            if (wait <= 0) {
                sent.addLast(now);
                return;
            }
            wait(Math.max(1, (wait + 999_999) / 1_000_000));
        }
    }

    /** Stops every caller from sending for {@code delay} from now (the server asked us to, with a 429). */
    public synchronized void pauseFor(Duration delay) {
        long until = System.nanoTime() + delay.toNanos();
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
        notifyAll();
    }

    /** Requests still allowed in the rolling hour, for progress reports. */
    public synchronized int remainingThisHour() {
        prune(System.nanoTime());
        return Math.max(0, perHour - sent.size());
    }

    private long waitNanos(long now) {
        prune(now);
        long wait = pausedUntil - now;
        if (sent.size() >= perHour) {
            wait = Math.max(wait, sent.peekFirst() + HOUR_NANOS - now);
        }
        if (sent.size() >= perSecond) {
            long nth = nthNewest(perSecond);
            wait = Math.max(wait, nth + windowNanos - now);
        }
        return wait;
    }

    /** The send time {@code n} places back from the newest (1 = newest). */
    private long nthNewest(int n) {
        var it = sent.descendingIterator();
        long t = 0;
        for (int i = 0; i < n; i++) {
            t = it.next();
        }
        return t;
    }

    private void prune(long now) {
        while (!sent.isEmpty() && now - sent.peekFirst() >= HOUR_NANOS) {
            sent.removeFirst();
        }
    }
}
