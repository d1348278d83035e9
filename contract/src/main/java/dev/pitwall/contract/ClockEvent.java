package dev.pitwall.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * A change of the replay clock. {@code utc}/{@code sessionTimeMs} are the race time the clock stands at;
 * {@code wallClock} is when the change happened; {@code speed} is the replay factor (1 = real time),
 * {@code null} when replaying as fast as possible. A {@code KEYFRAME} carries the session state at that
 * instant so a consumer can reset; one is sent at start and after every seek.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClockEvent(
        String sessionKey,
        long seq,
        Instant utc,
        long sessionTimeMs,
        Type type,
        Instant wallClock,
        Double speed,
        boolean paused,
        Integer lap,
        Integer totalLaps,
        Keyframe keyframe) implements ContractRecord {

    /** This record with another sequence number. */
    @Override
    public ClockEvent withSeq(long seq) {
        return new ClockEvent(sessionKey, seq, utc, sessionTimeMs, type, wallClock, speed, paused, lap, totalLaps, keyframe);
    }


    /** What happened to the clock. */
    public enum Type {
        START, KEYFRAME, PLAY, PAUSE, SEEK, SPEED, END
    }
}
