package dev.pitwall.timing.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.RaceState;
import dev.pitwall.timing.state.SnapshotDiff;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * Sends every viewer the race at most {@code max-rate} times a second: a snapshot first, then diffs from what
 * that viewer last got, each viewer on its own delay. A viewer still busy with its last message is skipped (its
 * update conflated into the next); one busy for {@code max-busy-ticks} passes in a row is closed with
 * {@value #TOO_SLOW} as too slow.
 *
 * <p><b>One thread, passes, shared messages.</b> Everything is sent from one thread, {@code race-broadcast}, in
 * passes over all viewers. A pass runs as soon as the state changes, but never sooner than {@code 1/max-rate}
 * after the previous pass (with {@code send-on-change=false}, on fixed ticks instead); so a change after a quiet
 * spell goes out at once, and under a steady stream every viewer gets one message per period. In a pass, every
 * viewer on the same delay has the same target snapshot, and a viewer that took the previous pass's message
 * starts from the same snapshot as all the others that did: their diff is computed and serialised to JSON
 * <em>once</em> per pass, keyed by the identity of the (from, to) snapshots (versions restart at a reset, so
 * they are no key), and the one {@code String} is handed to every connection. A viewer that fell behind (its
 * last message was still in flight) starts from an older snapshot and shares the diff of the others that fell
 * behind at the same point. A new viewer gets the snapshot of the last pass, serialised once for all viewers
 * that join before the next one. WebSockets Next has no way to send pre-encoded text ({@code sendText(Buffer)}
 * decodes the buffer to a String and re-encodes it; {@code sendBinary} would change the frame type browsers
 * get), so each connection still pays Vert.x's UTF-8 copy of the shared String: a plain array copy for JSON that
 * is ASCII.
 *
 * <p>Memory per viewer is bounded: at most one message in flight (shared text), its last snapshot (shared with
 * the history) and a few counters. The per-pass caches die with the pass; the snapshot text cache keeps a few
 * entries.
 */
@ApplicationScoped
public class RaceBroadcaster {

    /** Close code for a viewer that cannot keep up (application range). */
    public static final int TOO_SLOW = 4008;

    private static final Logger LOG = Logger.getLogger(RaceBroadcaster.class);
    private static final long STATS_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int SNAPSHOT_TEXTS_KEPT = 8;

    private final RaceState state;
    private final WsConfig config;
    private final SnapshotHistory history;
    private final ObjectMapper json = ContractJson.newMapper();
    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();
    private final Queue<Viewer> joined = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong conflated = new AtomicLong();
    private final AtomicLong closedSlow = new AtomicLong();
    private final AtomicLong encoded = new AtomicLong();
    private final AtomicLong passes = new AtomicLong();
    private final long periodNanos;
    private volatile ViewerStats stats = ViewerStats.EMPTY;
    private volatile ViewerListener listener = ViewerListener.NONE;
    private volatile boolean running;
    private volatile Thread thread;

    // --- the broadcast thread's own ---
    private final Map<SnapshotKey, String> snapshotTexts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SnapshotKey, String> eldest) {
            return size() > SNAPSHOT_TEXTS_KEPT;
        }
    };
    private RaceSnapshot lastCurrent;
    private int delayedViewers;
    private int viewersBehind;

    public RaceBroadcaster(RaceState state, WsConfig config) {
        this.state = state;
        this.config = config;
        this.history = new SnapshotHistory(config.historySeconds() * 1000L);
        this.periodNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, config.maxRate());
    }

    void start(@Observes StartupEvent event) {
        start();
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts the broadcast thread (done at start-up; tests that build a broadcaster by hand call it). */
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::run, "race-broadcast");
        t.setDaemon(true);
        thread = t;
        state.onChange(this::signal);
        t.start();
    }

    synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Registers a viewer; the broadcast thread sends it the race as it stands at once. */
    void join(WebSocketConnection connection) {
        Viewer viewer = new Viewer(connection);
        viewers.put(connection.id(), viewer);
        joined.add(viewer);
        wake();
    }

    void leave(WebSocketConnection connection) {
        Viewer viewer = viewers.remove(connection.id());
        if (viewer != null) {
            viewer.gone = true;
            listener.left(viewer.shortId, viewer.sent.get(), viewer.conflated.get());
        }
    }

    /** Sets a viewer's delay; it gets a full snapshot at its new point in the race in the next pass. */
    void delay(WebSocketConnection connection, int seconds) {
        Viewer viewer = viewers.get(connection.id());
        if (viewer != null) {
            viewer.requestedDelay.set(seconds);
            signal();
        }
    }

    /** Tells the broadcast thread that the state changed. Cheap: only the first change after a pass wakes it. */
    void signal() {
        if (changed.compareAndSet(false, true)) {
            wake();
        }
    }

    private void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    // --- the broadcast thread ---

    private void run() {
        long nextPass = System.nanoTime();
        long nextStats = nextPass + STATS_PERIOD_NANOS;
        while (running) {
            try {
                serveJoins();
                long now = System.nanoTime();
                // a pass is due on a change, and every period while a viewer is delayed or left behind
                boolean due = !config.sendOnChange() || changed.get() || delayedViewers > 0 || viewersBehind > 0;
                if (due && now - nextPass >= 0) {
                    changed.set(false);
                    pass(System.currentTimeMillis(), now);
                    nextPass = config.sendOnChange() || now - nextPass > periodNanos ? now + periodNanos : nextPass + periodNanos;
                    continue;
                }
                if (now - nextStats >= 0) {
                    refreshStats();
                    nextStats = now + STATS_PERIOD_NANOS;
                }
                long until = due ? nextPass : now + periodNanos;
                LockSupport.parkNanos(this, Math.max(0, Math.min(until, nextStats) - now));
            } catch (RuntimeException e) {
                try (MdcScope log = MdcScope.of(MdcScope.SESSION, servedSession())) {
                    LOG.error("broadcast pass failed", e);
                }
                LockSupport.parkNanos(this, periodNanos);
            }
        }
    }

    /** Sends new viewers the snapshot of the last pass (one serialisation for all who join before the next). */
    private void serveJoins() {
        Viewer viewer;
        while ((viewer = joined.poll()) != null) {
            if (viewer.gone || viewer.lastSent != null || !viewer.sending.compareAndSet(false, true)) {
                continue;
            }
            RaceSnapshot target = lastCurrent != null ? lastCurrent : state.snapshot();
            viewer.lastSent = target;
            // its first diff waits a full period, so the snapshot does not break the rate cap
            viewer.holdUntilNanos = System.nanoTime() + periodNanos;
            send(viewer, snapshotText(target, 0));
        }
    }

    private void pass(long nowMs, long nowNanos) {
        passes.incrementAndGet();
        RaceSnapshot current = state.snapshot();
        history.record(nowMs, current);
        lastCurrent = current;
        Pass pass = new Pass(nowMs, current);
        int delayed = 0;
        int behind = 0;
        for (Viewer viewer : viewers.values()) {
            if (serve(viewer, pass, nowNanos)) {
                behind++;
            }
            if (viewer.delaySeconds > 0) {
                delayed++;
            }
        }
        delayedViewers = delayed;
        viewersBehind = behind;
    }

    /** Sends a viewer what it lacks, if it can take it; true when it is left behind (busy, or just joined). */
    private boolean serve(Viewer viewer, Pass pass, long nowNanos) {
        if (viewer.gone || viewer.lastSent == null) {
            return false; // left, or its first snapshot is still to come from serveJoins
        }
        if (nowNanos - viewer.holdUntilNanos < 0) {
            return true; // it got its snapshot less than a period ago
        }
        boolean resend = false;
        int requested = viewer.requestedDelay.get();
        if (requested != Viewer.NO_REQUEST && requested != viewer.delaySeconds) {
            resend = true;
        }
        int delay = requested != Viewer.NO_REQUEST ? requested : viewer.delaySeconds;
        RaceSnapshot target = pass.target(delay);
        if (target == null || (target == viewer.lastSent && !resend)) {
            viewer.requestedDelay.compareAndSet(requested, Viewer.NO_REQUEST);
            return false;
        }
        if (!viewer.sending.compareAndSet(false, true)) {
            viewer.conflated.incrementAndGet();
            conflated.incrementAndGet();
            if (++viewer.busyTicks > config.maxBusyTicks()) {
                closeSlow(viewer);
                return false;
            }
            return true;
        }
        viewer.busyTicks = 0;
        if (requested != Viewer.NO_REQUEST) {
            viewer.requestedDelay.compareAndSet(requested, Viewer.NO_REQUEST);
            viewer.delaySeconds = requested;
        }
        String text = resend ? snapshotText(target, delay) : pass.diffText(viewer.lastSent, target);
        viewer.lastSent = target;
        send(viewer, text);
        return false;
    }

    private void send(Viewer viewer, String text) {
        // a plain subscriber: subscribe().with(...) would wrap both callbacks for context propagation, a cost
        // paid on every message for a context nobody reads here
        viewer.connection.sendText(text).subscribe().withSubscriber(new UniSubscriber<Void>() {
            @Override
            public void onSubscribe(UniSubscription subscription) {
            }

            @Override
            public void onItem(Void item) {
                viewer.sent.incrementAndGet();
                sent.incrementAndGet();
                viewer.sending.set(false);
            }

            @Override
            public void onFailure(Throwable failure) {
                viewer.sending.set(false);
                leave(viewer.connection);
            }
        });
    }

    private void closeSlow(Viewer viewer) {
        closedSlow.incrementAndGet();
        String reason = "too slow: " + viewer.busyTicks + " updates in a row could not be sent";
        try (MdcScope log = MdcScope.of(MdcScope.SESSION, servedSession()).and(MdcScope.VIEWER, viewer.shortId)) {
            LOG.warnf("closing viewer %s: %s", viewer.shortId, reason);
        }
        leave(viewer.connection);
        viewer.connection.close(new CloseReason(TOO_SLOW, reason)).subscribe().with(ok -> { }, err -> { });
    }

    /** The session the viewers are shown (of the last pass), or null before the first record. */
    private String servedSession() {
        RaceSnapshot last = lastCurrent;
        return last == null ? null : last.sessionKey();
    }

    private String snapshotText(RaceSnapshot snapshot, int delaySeconds) {
        return snapshotTexts.computeIfAbsent(new SnapshotKey(snapshot, delaySeconds),
                k -> write(ServerMessage.snapshot(snapshot, delaySeconds)));
    }

    private String write(ServerMessage message) {
        try {
            String text = json.writeValueAsString(message);
            encoded.incrementAndGet();
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a race message", e);
        }
    }

    private void refreshStats() {
        ViewerStats now = ViewerStats.of(viewers.values(), config.metricsTopViewers());
        stats = now;
        listener.stats(now);
    }

    /** What one pass shares between viewers: the target per delay and the diff text per (from, to) snapshots. */
    private final class Pass {
        private final long nowMs;
        private final RaceSnapshot current;
        private final Map<Integer, RaceSnapshot> targets = new HashMap<>();
        private final IdentityHashMap<RaceSnapshot, IdentityHashMap<RaceSnapshot, String>> diffs = new IdentityHashMap<>();

        Pass(long nowMs, RaceSnapshot current) {
            this.nowMs = nowMs;
            this.current = current;
        }

        RaceSnapshot target(int delaySeconds) {
            return delaySeconds == 0 ? current
                    : targets.computeIfAbsent(delaySeconds, d -> history.at(nowMs - d * 1000L));
        }

        String diffText(RaceSnapshot from, RaceSnapshot to) {
            return diffs.computeIfAbsent(to, t -> new IdentityHashMap<>())
                    .computeIfAbsent(from, f -> write(ServerMessage.diff(SnapshotDiff.between(f, to))));
        }
    }

    /** A snapshot (by identity) at a delay: the key of its serialised snapshot message. */
    private record SnapshotKey(RaceSnapshot snapshot, int delaySeconds) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SnapshotKey k && k.snapshot == snapshot && k.delaySeconds == delaySeconds;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(snapshot) * 31 + delaySeconds;
        }
    }

    /** Told when a viewer leaves and, every second, the spread of conflated updates over connected viewers. */
    public interface ViewerListener {
        ViewerListener NONE = new ViewerListener() {
        };

        /** A viewer left (closed, failed or closed as too slow), with what it was sent and how much was conflated. */
        default void left(String viewerId, long sent, long conflated) {
        }

        /** The viewers' conflated counts, recomputed every second on the broadcast thread. */
        default void stats(ViewerStats stats) {
        }
    }

    /**
     * Conflated updates over the connected viewers: how many viewers have at most each of {@link #BOUNDS}
     * conflated updates (cumulative, like a histogram's buckets), and the {@code top} viewers by conflated count
     * (only those with any).
     */
    public record ViewerStats(int viewers, int[] atMost, List<Top> top) {

        /** Bucket bounds of {@link #atMost}. */
        public static final long[] BOUNDS = {0, 1, 10, 100, 1000};
        static final ViewerStats EMPTY = new ViewerStats(0, new int[BOUNDS.length], List.of());

        /** One of the most conflated viewers. */
        public record Top(String viewerId, long conflated) {
        }

        static ViewerStats of(Iterable<Viewer> viewers, int topN) {
            int[] atMost = new int[BOUNDS.length];
            int count = 0;
            PriorityQueue<Top> top = new PriorityQueue<>((a, b) -> Long.compare(a.conflated(), b.conflated()));
            for (Viewer v : viewers) {
                count++;
                long c = v.conflated.get();
                for (int i = 0; i < BOUNDS.length; i++) {
                    if (c <= BOUNDS[i]) {
                        atMost[i]++;
                    }
                }
                if (c > 0 && topN > 0 && (top.size() < topN || c > top.peek().conflated())) {
                    top.add(new Top(v.shortId, c));
                    if (top.size() > topN) {
                        top.poll();
                    }
                }
            }
            List<Top> sorted = new ArrayList<>(top);
            sorted.sort((a, b) -> Long.compare(b.conflated(), a.conflated()));
            return new ViewerStats(count, atMost, List.copyOf(sorted));
        }
    }

    /** Sets the one listener of viewer statistics (the metrics). */
    public void listen(ViewerListener listener) {
        this.listener = listener == null ? ViewerListener.NONE : listener;
    }

    /** The latest viewer statistics (recomputed every second). */
    public ViewerStats viewerStats() {
        return stats;
    }

    /** Viewers connected now. */
    public int viewers() {
        return viewers.size();
    }

    /** Messages delivered to viewers since start. */
    public long messagesSent() {
        return sent.get();
    }

    /** Updates folded into a later one because the viewer was still busy. */
    public long updatesConflated() {
        return conflated.get();
    }

    /** Viewers closed for not keeping up. */
    public long closedSlow() {
        return closedSlow.get();
    }

    /** Distinct messages serialised to JSON since start (each sent to any number of viewers). */
    public long messagesEncoded() {
        return encoded.get();
    }

    /** Broadcast passes since start. */
    public long passes() {
        return passes.get();
    }
}
