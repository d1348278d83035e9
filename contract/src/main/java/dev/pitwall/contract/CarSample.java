package dev.pitwall.contract;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One sample of one car: telemetry channels and/or its position on the circuit map.
 *
 * <p>{@code source} says what the sample is: {@code fastf1} (car data merged with position by FastF1,
 * every channel present), {@code cardata} (a raw CarData.z sample: no x/y/z) or {@code position} (a raw
 * Position.z sample: only x/y/z and status). Channels a source lacks are {@code null}, never invented.
 * Positions are in 1/10 m in the circuit's own frame; throttle is % (104 = invalid), brake 0/1 or 0/100
 * as recorded, drs 0/1 for fastf1 and the raw code (8 eligible, 10/12/14 open) for cardata.
 */
@RegisterForReflection
public record CarSample(
        String sessionKey,
        String car,
        long seq,
        Instant utc,
        long sessionTimeMs,
        Integer lap,
        String source,
        Double rpm,
        Double speed,
        Integer gear,
        Double throttle,
        Integer brake,
        Integer drs,
        Double distance,
        Double x,
        Double y,
        Double z,
        String status) implements CarRecord {

    /** This record with another sequence number. */
    @Override
    public CarSample withSeq(long seq) {
        return new CarSample(sessionKey, car, seq, utc, sessionTimeMs, lap, source, rpm, speed, gear, throttle, brake, drs, distance, x, y, z, status);
    }

}
