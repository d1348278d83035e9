package dev.pitwall.timing.history;

import dev.pitwall.contract.LapRecord;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One lap of a car as the lap-history endpoint gives it: times in ms (null when the source lacks them), the tyre
 * it was done on, whether the car came into or out of the pits on it, the track status code(s) during it
 * ({@code "1"} clear, {@code "4"} safety car, ... as the lap table gives them), and whether the car finished it.
 * {@code sessionTimeMs} is when the car crossed the line to end it (for a lap never finished, the last moment
 * the source knows of it).
 */
@RegisterForReflection
public record LapRow(int lap, Long lapTimeMs, Long sector1Ms, Long sector2Ms, Long sector3Ms, String compound,
        Integer tyreLife, Integer stint, boolean pitIn, boolean pitOut, String trackStatus, boolean completed,
        long sessionTimeMs) {

    /** The row of a lap record. */
    public static LapRow of(LapRecord l) {
        return new LapRow(l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(), l.sector3Ms(), l.compound(),
                l.tyreLife(), l.stint(), l.pitInMs() != null, l.pitOutMs() != null, l.trackStatus(), l.completed(),
                l.sessionTimeMs());
    }
}
