package dev.pitwall.replayer.replay;

import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.replayer.clock.RaceClock;
import dev.pitwall.replayer.session.RecordedSession;
import dev.pitwall.replayer.session.SessionState;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * The clock changes a replay still has to announce on the clock topic, and how they are turned into
 * {@link ClockEvent}s: numbered per session, a start or seek stamped at exactly its position, a keyframe
 * carrying the session state before the next record. Guarded by the replay's lock.
 */
final class ClockAnnouncements {

    private final RecordedSession session;
    private final Queue<ClockEvent.Type> pending = new ArrayDeque<>();
    private Long anchor;
    private long seq;

    ClockAnnouncements(RecordedSession session) {
        this.session = session;
    }

    /** Queues a change announced at wherever the clock stands when it is sent. */
    void add(ClockEvent.Type type) {
        pending.add(type);
    }

    /** Queues a start or seek to {@code sessionTimeMs}, followed by a keyframe. */
    void moveTo(ClockEvent.Type type, long sessionTimeMs) {
        anchor = sessionTimeMs;
        pending.add(type);
        pending.add(ClockEvent.Type.KEYFRAME);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * The queued announcements as events, in order; a start or seek re-anchors {@code clock} at its position.
     * {@code index} is the next record to send, so a keyframe holds everything before it.
     */
    List<ClockEvent> drain(RaceClock clock, int index) {
        List<ClockEvent> out = new ArrayList<>(pending.size());
        long t = clock.sessionTimeAt(System.nanoTime());
        if (anchor != null) {
            t = anchor;
            clock.seek(t, System.nanoTime());
            anchor = null;
        }
        ClockEvent.Type type;
        while ((type = pending.poll()) != null) {
            Keyframe keyframe = type == ClockEvent.Type.KEYFRAME ? SessionState.before(session, index).keyframe() : null;
            out.add(event(type, t, clock, keyframe));
        }
        return out;
    }

    /** One clock event at session time {@code t}. */
    ClockEvent event(ClockEvent.Type type, long t, RaceClock clock, Keyframe keyframe) {
        return new ClockEvent(session.sessionKey(), ++seq, session.origin().utc(t), t, type, Instant.now(),
                clock.speed().wireFactor(), clock.paused(), session.laps().lapAt(t), session.totalLaps(), keyframe);
    }
}
