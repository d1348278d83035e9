package dev.pitwall.contract;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * The timing state of one car after a line or sector crossing (or a feed update).
 *
 * <p>Gaps: {@code gapToLeaderMs}/{@code intervalMs} are set when the cars are on the same lap;
 * {@code lapsBehindLeader}/{@code lapsBehindAhead} count whole laps otherwise. {@code gapText} and
 * {@code intervalText} are ready to display ({@code +1.234}, {@code 1L}, {@code LAP 57} for the leader).
 * {@code source} is {@code feed} (TimingData) or {@code derived} (computed from crossing times).
 */
@RegisterForReflection
public record TimingUpdate(
        String sessionKey,
        String car,
        long seq,
        Instant utc,
        long sessionTimeMs,
        Integer position,
        Integer lapsCompleted,
        Long gapToLeaderMs,
        Integer lapsBehindLeader,
        String gapText,
        Long intervalMs,
        Integer lapsBehindAhead,
        String intervalText,
        Long lastLapMs,
        Long bestLapMs,
        Integer bestLapNumber,
        Integer sector,
        Long sectorMs,
        Boolean inPit,
        Boolean pitOut,
        Integer pitStops,
        Boolean retired,
        String source) implements CarRecord {

    /** This record with another sequence number. */
    @Override
    public TimingUpdate withSeq(long seq) {
        return new TimingUpdate(sessionKey, car, seq, utc, sessionTimeMs, position, lapsCompleted, gapToLeaderMs, lapsBehindLeader, gapText, intervalMs, lapsBehindAhead, intervalText, lastLapMs, bestLapMs, bestLapNumber, sector, sectorMs, inPit, pitOut, pitStops, retired, source);
    }

}
