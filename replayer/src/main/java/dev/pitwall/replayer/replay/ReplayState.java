package dev.pitwall.replayer.replay;

/** Where a replay stands. */
public enum ReplayState {
    /** No replay has been started. */
    IDLE,
    /** Sending records on the race clock. */
    PLAYING,
    /** Paused by a user; the race clock stands still. */
    PAUSED,
    /** The broker cannot be reached: records are held and sending resumes by itself when it is back. */
    WAITING_FOR_BROKER,
    /** Every record of the session has been sent. */
    FINISHED,
    /** Stopped by a user or by a new replay. */
    STOPPED,
    /** Stopped by an error (see the status message). */
    FAILED
}
