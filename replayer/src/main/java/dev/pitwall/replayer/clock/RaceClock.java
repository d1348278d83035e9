package dev.pitwall.replayer.clock;

/**
 * Maps the session clock onto the wall clock: where the race stands now, and when (in {@link System#nanoTime()})
 * an event at a given session time is due. Pause, speed changes and seeks re-anchor the mapping so the race
 * time never jumps. Not thread-safe: the replay engine guards it.
 */
public final class RaceClock {

    private long anchorSessionMs;
    private long anchorWallNanos;
    private Speed speed;
    private boolean paused;

    public RaceClock(long startSessionMs, Speed speed, boolean paused, long nowNanos) {
        this.anchorSessionMs = startSessionMs;
        this.anchorWallNanos = nowNanos;
        this.speed = speed;
        this.paused = paused;
    }

    /** Session time the race stands at now (frozen while paused; unpaced clocks stand where the last event was). */
    public long sessionTimeAt(long nowNanos) {
        if (paused || speed.unpaced()) {
            return anchorSessionMs;
        }
        return anchorSessionMs + (long) ((nowNanos - anchorWallNanos) / 1e6 * speed.factor());
    }

    /** The wall time (nanoTime) an event at {@code sessionTimeMs} is due; unpaced clocks are always due. */
    public long dueNanos(long sessionTimeMs) {
        if (speed.unpaced()) {
            return Long.MIN_VALUE;
        }
        return anchorWallNanos + (long) ((sessionTimeMs - anchorSessionMs) * 1e6 / speed.factor());
    }

    /** Records that an unpaced replay has reached this session time. */
    public void advanceUnpaced(long sessionTimeMs) {
        if (speed.unpaced()) {
            anchorSessionMs = sessionTimeMs;
        }
    }

    public void pause(long nowNanos) {
        if (!paused) {
            anchorSessionMs = sessionTimeAt(nowNanos);
            anchorWallNanos = nowNanos;
            paused = true;
        }
    }

    public void resume(long nowNanos) {
        if (paused) {
            anchorWallNanos = nowNanos;
            paused = false;
        }
    }

    public void setSpeed(Speed newSpeed, long nowNanos) {
        anchorSessionMs = sessionTimeAt(nowNanos);
        anchorWallNanos = nowNanos;
        speed = newSpeed;
    }

    public void seek(long sessionTimeMs, long nowNanos) {
        anchorSessionMs = sessionTimeMs;
        anchorWallNanos = nowNanos;
    }

    public Speed speed() {
        return speed;
    }

    public boolean paused() {
        return paused;
    }
}
