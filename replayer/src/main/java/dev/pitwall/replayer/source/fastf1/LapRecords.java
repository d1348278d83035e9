package dev.pitwall.replayer.source.fastf1;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.replayer.model.SessionOrigin;

/**
 * Turns a row of FastF1's lap table into a {@link LapRecord} (source {@code fastf1}) stamped at the moment
 * the lap ended ({@link LapEnd}). FastF1's {@code Position} is deliberately not carried over.
 */
public final class LapRecords {

    /** {@code source} of the records. */
    public static final String SOURCE = "fastf1";

    private LapRecords() {
    }

    /** The record of a completed lap ending at {@code endMs}. */
    public static LapRecord of(FastF1Lap l, String sessionKey, String car, long endMs, SessionOrigin origin) {
        return new LapRecord(sessionKey, car, 0, origin.utc(endMs), endMs, l.driver(), l.lap(),
                l.lapTime(), l.sector1Time(), l.sector2Time(), l.sector3Time(), l.lapStartTime(),
                l.pitInTime(), l.pitOutTime(), l.compound(), whole(l.tyreLife()), whole(l.stint()),
                l.speedI1(), l.speedI2(), l.speedFl(), l.speedSt(), l.trackStatus(), SOURCE);
    }

    private static Integer whole(Double d) {
        return d == null ? null : (int) Math.round(d);
    }
}
