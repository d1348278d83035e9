package dev.pitwall.replayer.track;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The circuit map of a recorded session, for drawing cars on it: the outline as {@code [x, y]} points in
 * order round the lap, the numbered corners, and which file each came from.
 *
 * <p>Coordinates are in the circuit's own frame in 1/10 m, the frame of the cars' positions
 * ({@code CarSample.x}/{@code y}): {@link #METRES_PER_UNIT} turns them into metres. Checked on the bundled
 * 2025 Australian GP: its outline is, point for point, the x/y of Norris's fastest lap (lap 43) in the FastF1
 * telemetry, its length is 52,491 units against 5,240 m of recorded distance on that lap, and every corner lies
 * within 7.2 m of it (see {@code TrackReaderTest}).
 *
 * @param session       the replayer's session id
 * @param outline       the outline's points, {@code [x, y]} each
 * @param corners       the corners, by number (empty when the session has no corner file)
 * @param source        the outline's file, relative to the session folder
 * @param cornersSource the corner file, relative to the session folder, or null when there is none
 * @param metresPerUnit metres per coordinate unit (0.1)
 */
@RegisterForReflection
public record TrackMap(String session, List<double[]> outline, List<Corner> corners, String source,
        String cornersSource, double metresPerUnit) {

    /** Metres per unit of the circuit frame: positions are in 1/10 m. */
    public static final double METRES_PER_UNIT = 0.1;
}
