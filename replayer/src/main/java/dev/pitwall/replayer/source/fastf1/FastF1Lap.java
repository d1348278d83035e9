package dev.pitwall.replayer.source.fastf1;

/**
 * One row of FastF1's lap table ({@code laps.jsonl}): one lap of one driver, as FastF1 left it.
 *
 * <p>Durations and session times are milliseconds on the session clock (the same clock as the live-timing
 * {@code .jsonStream} offsets); {@code lapStartDate} is epoch milliseconds UTC. A value FastF1 did not have is
 * {@code null}. {@code position} is FastF1's own position at the end of the lap: it is kept only so tests can
 * check Pitwall's derived order against it and must never be copied into a contract record.
 */
public record FastF1Lap(
        String driver,
        String team,
        double lapNumber,
        Long lapTime,
        Long sector1Time,
        Long sector2Time,
        Long sector3Time,
        Long sector1SessionTime,
        Long sector2SessionTime,
        Long sector3SessionTime,
        Long pitInTime,
        Long pitOutTime,
        Long lapStartTime,
        Long lapStartDate,
        Double speedI1,
        Double speedI2,
        Double speedFl,
        Double speedSt,
        String compound,
        Double tyreLife,
        Boolean freshTyre,
        Double stint,
        String trackStatus,
        Double position) {

    /** The lap number as an int ({@code LapNumber} is a float in FastF1's table). */
    public int lap() {
        return (int) lapNumber;
    }
}
