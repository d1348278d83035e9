package dev.pitwall.replayer.source.fastf1;

/**
 * When a car crossed the line to end a lap, from FastF1's lap table.
 *
 * <p>In order of preference:
 * <ol>
 * <li>the next lap's {@code LapStartTime}: FastF1 starts each lap at the previous lap's {@code Time}, the
 * moment timing reported that lap complete, which is also what FastF1 orders cars by for its own
 * {@code Position};</li>
 * <li>{@code LapStartTime + LapTime} (for a car's last lap). On every lap after the first where both exist it
 * equals (1) to the millisecond; on lap 1 it is 145–367 ms early in the 2025 Australian race, because FastF1
 * starts every car's lap 1 at the same race-start time;</li>
 * <li>{@code Sector3SessionTime} (30–80 ms after (1) in that race, a per-car offset of FastF1's);</li>
 * <li>otherwise the lap was not completed (the car stopped on it): {@code null}.</li>
 * </ol>
 */
public final class LapEnd {

    private LapEnd() {
    }

    /** The session time (ms) {@code lap} ended, or null when it did not end. {@code next} may be null. */
    public static Long ms(FastF1Lap lap, FastF1Lap next) {
        if (next != null && next.lapStartTime() != null && next.lap() == lap.lap() + 1) {
            return next.lapStartTime();
        }
        if (lap.lapStartTime() != null && lap.lapTime() != null) {
            return lap.lapStartTime() + lap.lapTime();
        }
        return lap.sector3SessionTime();
    }
}
