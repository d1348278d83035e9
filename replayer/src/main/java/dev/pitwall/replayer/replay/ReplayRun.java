package dev.pitwall.replayer.replay;

import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.Topics;
import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.replayer.clock.LagStats;
import dev.pitwall.replayer.clock.RaceClock;
import dev.pitwall.replayer.clock.RateMeter;
import dev.pitwall.replayer.clock.Speed;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.replayer.publish.EventPublisher;
import dev.pitwall.replayer.publish.PartitionPlan;
import dev.pitwall.replayer.session.RecordedSession;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * One replay of one session: a thread walks the timeline and sends each record when the race clock says it
 * is due. Pause, resume, speed and seek come from other threads; each is announced on the clock topic before
 * any record sent under the new setting, and a seek (and the start) is followed by a keyframe.
 */
public final class ReplayRun implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReplayRun.class);
    /** How early a wait ends; the last stretch is spun, since a timed wait can overshoot. Kept short: 2 cores. */
    private static final long SPIN_NANOS = 100_000L;
    private static final long BROKER_STALL_MS = 3000;

    private final RecordedSession session;
    private final EventPublisher publisher;
    private final PartitionPlan plan;
    private final RaceClock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ClockAnnouncements announcements;
    private final LagStats lag = new LagStats();
    private final RateMeter rate = new RateMeter();
    private final ReplayCounters counters;
    private int index;
    private long generation;
    private volatile boolean stopRequested;
    private volatile ReplayState state = ReplayState.PLAYING;
    private volatile String failure;
    private volatile long lastLagNanos;
    private final Instant startedAt = Instant.now();
    private volatile Instant finishedAt;

    public ReplayRun(RecordedSession session, EventPublisher publisher, PartitionPlan plan, Speed speed,
            ReplayPosition start, boolean startPaused, ReplayCounters counters) {
        this.session = session;
        this.publisher = publisher;
        this.plan = plan;
        this.counters = counters;
        this.index = start.index();
        this.clock = new RaceClock(start.sessionTimeMs(), speed, startPaused, System.nanoTime());
        this.state = startPaused ? ReplayState.PAUSED : ReplayState.PLAYING;
        this.announcements = new ClockAnnouncements(session);
        announcements.moveTo(ClockEvent.Type.START, start.sessionTimeMs());
    }

    @Override
    public void run() {
        // this thread replays one session: every line it logs (the publisher's too) is about it
        try (MdcScope log = session.logContext()) {
            loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = ReplayState.STOPPED;
        } catch (RuntimeException e) {
            failure = e.toString();
            state = ReplayState.FAILED;
            LOG.errorf(e, "replay of %s failed", session.id());
        }
    }

    private void loop() throws InterruptedException {
        while (true) {
            TimedEvent next;
            long due;
            long gen;
            List<ClockEvent> toSend = List.of();
            lock.lock();
            try {
                if (!announcements.isEmpty()) {
                    toSend = announcements.drain(clock, index);
                }
                if (toSend.isEmpty()) {
                    if (stopRequested) {
                        state = ReplayState.STOPPED;
                        return;
                    }
                    if (clock.paused()) {
                        changed.await();
                        continue;
                    }
                    if (index >= session.events().size()) {
                        break;
                    }
                    next = session.events().get(index);
                    due = clock.dueNanos(next.sessionTimeMs());
                    long wait = clock.speed().unpaced() ? 0 : due - System.nanoTime();
                    if (wait > SPIN_NANOS) {
                        changed.awaitNanos(wait - SPIN_NANOS);
                        continue;
                    }
                    gen = generation;
                } else {
                    next = null;
                    due = 0;
                    gen = generation;
                }
            } finally {
                lock.unlock();
            }
            if (next == null) {
                toSend.forEach(this::sendClock);
                if (toSend.stream().anyMatch(a -> a.type() == ClockEvent.Type.KEYFRAME)) {
                    startClockAfterKeyframe(toSend.get(toSend.size() - 1).sessionTimeMs(), gen);
                }
                continue;
            }
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            if (!publisher.send(next, plan, () -> !stopRequested && markWaiting())) {
                continue;
            }
            long lagNanos = System.nanoTime() - due;
            lock.lock();
            try {
                if (!clock.speed().unpaced()) {
                    lag.record(lagNanos);
                    lastLagNanos = lagNanos;
                } else {
                    clock.advanceUnpaced(next.sessionTimeMs());
                }
                if (gen == generation) {
                    index++;
                }
                if (state == ReplayState.WAITING_FOR_BROKER) {
                    state = ReplayState.PLAYING;
                    LOG.infof("broker is back: replay of %s carries on", session.id());
                }
            } finally {
                lock.unlock();
            }
            counters.sent(next.topic());
        }
        sendClock(announcements.event(ClockEvent.Type.END, clock.sessionTimeAt(System.nanoTime()), clock, null));
        publisher.flush();
        finishedAt = Instant.now();
        state = ReplayState.FINISHED;
        LOG.infof("replay of %s finished: %d records", session.id(), counters.total());
    }

    /**
     * Lets the race clock run from the keyframe's instant only once the keyframe is out, so the time spent
     * building and sending it does not make the first records late.
     */
    private void startClockAfterKeyframe(long sessionTimeMs, long gen) {
        lock.lock();
        try {
            if (gen == generation) {
                clock.seek(sessionTimeMs, System.nanoTime());
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean markWaiting() {
        if (state != ReplayState.WAITING_FOR_BROKER) {
            state = ReplayState.WAITING_FOR_BROKER;
            LOG.warnf("broker unavailable: replay of %s is waiting and will carry on by itself", session.id());
        }
        return true;
    }

    private void sendClock(ClockEvent event) {
        publisher.sendControl(Topics.REPLAY_CLOCK, session.sessionKey(), event);
        counters.sent(Topics.REPLAY_CLOCK);
    }

    /** Pauses the race clock; nothing more is sent until {@link #resume()}. */
    public void pause() {
        control(() -> {
            if (!clock.paused()) {
                clock.pause(System.nanoTime());
                state = ReplayState.PAUSED;
                announcements.add(ClockEvent.Type.PAUSE);
            }
        });
    }

    /** Resumes a paused replay from where it stood. */
    public void resume() {
        control(() -> {
            if (clock.paused()) {
                clock.resume(System.nanoTime());
                state = ReplayState.PLAYING;
                announcements.add(ClockEvent.Type.PLAY);
            }
        });
    }

    /** Changes the speed without moving the race clock. */
    public void speed(Speed speed) {
        control(() -> {
            clock.setSpeed(speed, System.nanoTime());
            lag.reset();
            announcements.add(ClockEvent.Type.SPEED);
        });
    }

    /** Moves the race clock to a position; a keyframe with the state at that position follows. */
    public void seek(ReplayPosition position) {
        control(() -> {
            clock.seek(position.sessionTimeMs(), System.nanoTime());
            index = position.index();
            generation++;
            lag.reset();
            announcements.moveTo(ClockEvent.Type.SEEK, position.sessionTimeMs());
        });
    }

    /** Stops the replay; the thread ends after the record it is sending. */
    public void stop() {
        stopRequested = true;
        control(() -> { });
    }

    /** Waits for the replay thread to end. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!isOver() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return isOver();
    }

    private void control(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isOver() {
        return state == ReplayState.FINISHED || state == ReplayState.STOPPED || state == ReplayState.FAILED;
    }

    public ReplayState state() {
        ReplayState s = state;
        if (s == ReplayState.PLAYING && publisher.brokerUnavailable(BROKER_STALL_MS)) {
            return ReplayState.WAITING_FOR_BROKER;
        }
        return s;
    }

    public RecordedSession session() {
        return session;
    }

    public PartitionPlan plan() {
        return plan;
    }

    /** When this replay was started. */
    public Instant startedAt() {
        return startedAt;
    }

    /** When every record had been sent and acknowledged, or null while it runs. */
    public Instant finishedAt() {
        return finishedAt;
    }

    /** Records handed to the producer and not yet acknowledged. */
    public long publisherInFlight() {
        return publisher.inFlight();
    }

    /** Records the producer gave up on (after its delivery timeout). */
    public long publisherFailed() {
        return publisher.failed();
    }

    /** A consistent view of the race clock and progress. */
    public ReplayProgress progress() {
        lock.lock();
        try {
            long t = clock.sessionTimeAt(System.nanoTime());
            return new ReplayProgress(t, clock.speed(), index, session.events().size(), lastLagNanos / 1e6,
                    lag.percentileMs(0.5), lag.percentileMs(0.99), lag.count(), rate.update(counters.total()), failure);
        } finally {
            lock.unlock();
        }
    }
}
