package dev.pitwall.contract;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * A lap of one car. Durations are milliseconds; {@code sessionTimeMs} is when the car crossed the line to
 * complete the lap. A lap the car started but never finished (it stopped on track) has {@code completed}
 * false, no lap time, and {@code sessionTimeMs} at the last moment the source knows of it. A value the source
 * does not have is {@code null}.
 */
@RegisterForReflection
public record LapRecord(
        String sessionKey,
        String car,
        long seq,
        Instant utc,
        long sessionTimeMs,
        String driver,
        int lap,
        Long lapTimeMs,
        Long sector1Ms,
        Long sector2Ms,
        Long sector3Ms,
        Long lapStartMs,
        Long pitInMs,
        Long pitOutMs,
        String compound,
        Integer tyreLife,
        Integer stint,
        Double speedI1,
        Double speedI2,
        Double speedFl,
        Double speedSt,
        String trackStatus,
        String source,
        boolean completed) implements CarRecord {

    /** This record with another sequence number. */
    @Override
    public LapRecord withSeq(long seq) {
        return new LapRecord(sessionKey, car, seq, utc, sessionTimeMs, driver, lap, lapTimeMs, sector1Ms, sector2Ms, sector3Ms, lapStartMs, pitInMs, pitOutMs, compound, tyreLife, stint, speedI1, speedI2, speedFl, speedSt, trackStatus, source, completed);
    }

}
