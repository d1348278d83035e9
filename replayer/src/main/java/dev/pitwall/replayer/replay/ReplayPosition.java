package dev.pitwall.replayer.replay;

import dev.pitwall.replayer.session.RecordedSession;

/**
 * Where a replay stands: the race time, and the index of the next record to send. Everything before the
 * index is in the keyframe sent when the replay starts or seeks there.
 */
public record ReplayPosition(long sessionTimeMs, int index) {

    /** The position at a session time: records at that very instant are still to be sent. */
    public static ReplayPosition at(RecordedSession session, long sessionTimeMs) {
        return new ReplayPosition(sessionTimeMs, session.indexAt(sessionTimeMs));
    }

    /**
     * The position at the start of a lap: the lap counter already shows it, so the records of that instant
     * (the counter turning, the leader crossing the line) are in the keyframe.
     */
    public static ReplayPosition atLapStart(RecordedSession session, long lapStartMs) {
        return new ReplayPosition(lapStartMs, session.indexAt(lapStartMs + 1));
    }
}
