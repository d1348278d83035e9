package dev.pitwall.timing.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.RaceState;
import dev.pitwall.timing.state.SnapshotDiff;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends every viewer the race at most {@code max-rate} times a second: a snapshot first, then diffs from
 * what that viewer last got, each viewer on its own delay. A viewer still busy with its last message is
 * skipped (its update conflated into the next); one busy for too long is closed as too slow.
 */
@ApplicationScoped
public class RaceBroadcaster {

    /** Close code for a viewer that cannot keep up (application range). */
    public static final int TOO_SLOW = 4008;

    private static final Logger LOG = Logger.getLogger(RaceBroadcaster.class);

    private final RaceState state;
    private final WsConfig config;
    private final SnapshotHistory history;
    private final ObjectMapper json = ContractJson.newMapper();
    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong conflated = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong closedSlow = new java.util.concurrent.atomic.AtomicLong();
    private ScheduledExecutorService ticker;

    public RaceBroadcaster(RaceState state, WsConfig config) {
        this.state = state;
        this.config = config;
        this.history = new SnapshotHistory(config.historySeconds() * 1000L);
    }

    void start(@Observes StartupEvent event) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "race-broadcast");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, 1000L / Math.max(1, config.maxRate()));
        ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    /** Registers a viewer and sends it the race as it stands. */
    void join(WebSocketConnection connection) {
        Viewer viewer = new Viewer(connection);
        viewers.put(connection.id(), viewer);
        viewer.resend = true;
        tickFor(viewer, System.currentTimeMillis(), state.snapshot());
    }

    void leave(WebSocketConnection connection) {
        viewers.remove(connection.id());
    }

    /** Sets a viewer's delay; it gets a full snapshot at its new point in the race. */
    void delay(WebSocketConnection connection, int seconds) {
        Viewer viewer = viewers.get(connection.id());
        if (viewer != null) {
            viewer.delaySeconds = seconds;
            viewer.resend = true;
        }
    }

    void tick() {
        try {
            long now = System.currentTimeMillis();
            RaceSnapshot current = state.snapshot();
            history.record(now, current);
            viewers.values().forEach(v -> tickFor(v, now, current));
        } catch (RuntimeException e) {
            LOG.error("broadcast tick failed", e);
        }
    }

    private void tickFor(Viewer viewer, long now, RaceSnapshot current) {
        RaceSnapshot target = viewer.delaySeconds == 0 ? current : history.at(now - viewer.delaySeconds * 1000L);
        if (target == null || (target == viewer.lastSent && !viewer.resend)) {
            return;
        }
        if (!viewer.sending.compareAndSet(false, true)) {
            viewer.conflated.incrementAndGet();
            conflated.incrementAndGet();
            if (++viewer.busyTicks > config.maxBusyTicks()) {
                closedSlow.incrementAndGet();
                LOG.warnf("closing viewer %s: %d updates in a row not taken", viewer.connection.id(), viewer.busyTicks);
                viewers.remove(viewer.connection.id());
                viewer.connection.close(new CloseReason(TOO_SLOW, "too slow: " + viewer.busyTicks
                        + " updates in a row could not be sent")).subscribe().with(ok -> { }, err -> { });
            }
            return;
        }
        viewer.busyTicks = 0;
        ServerMessage message = viewer.lastSent == null || viewer.resend
                ? ServerMessage.snapshot(target, viewer.delaySeconds)
                : ServerMessage.diff(SnapshotDiff.between(viewer.lastSent, target));
        viewer.resend = false;
        viewer.lastSent = target;
        viewer.connection.sendText(write(message)).subscribe().with(
                ok -> {
                    viewer.sent.incrementAndGet();
                    sent.incrementAndGet();
                    viewer.sending.set(false);
                },
                err -> {
                    viewer.sending.set(false);
                    viewers.remove(viewer.connection.id());
                });
    }

    private String write(ServerMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a race message", e);
        }
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
}
