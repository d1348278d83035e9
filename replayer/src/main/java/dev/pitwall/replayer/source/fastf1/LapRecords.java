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
        return record(l, sessionKey, car, endMs, origin, true);
    }

    /**
     * The record of a lap the car started and never finished (it stopped on track), stamped at the last moment
     * the table knows of it: the latest of its start, sector and pit-entry times.
     */
    public static LapRecord unfinished(FastF1Lap l, String sessionKey, String car, SessionOrigin origin) {
        return record(l, sessionKey, car, lastKnownMs(l), origin, false);
    }

    /** The last moment (ms) the table knows of a lap. */
    public static long lastKnownMs(FastF1Lap l) {
        long t = l.lapStartTime() == null ? 0 : l.lapStartTime();
        for (Long v : new Long[] {l.sector1SessionTime(), l.sector2SessionTime(), l.pitInTime()}) {
            if (v != null) {
                t = Math.max(t, v);
            }
        }
        return t;
    }

    private static LapRecord record(FastF1Lap l, String sessionKey, String car, long endMs, SessionOrigin origin,
            boolean completed) {
        return new LapRecord(sessionKey, car, 0, origin.utc(endMs), endMs, l.driver(), l.lap(),
                l.lapTime(), l.sector1Time(), l.sector2Time(), l.sector3Time(), l.lapStartTime(),
                l.pitInTime(), l.pitOutTime(), l.compound(), whole(l.tyreLife()), whole(l.stint()),
                l.speedI1(), l.speedI2(), l.speedFl(), l.speedSt(), l.trackStatus(), SOURCE, completed);
    }

    private static Integer whole(Double d) {
        return d == null ? null : (int) Math.round(d);
    }
}
