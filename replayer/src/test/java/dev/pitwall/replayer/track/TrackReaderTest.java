package dev.pitwall.replayer.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.testkit.RepoPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled race's circuit map, checked against the cars' own positions: the outline is in the frame and the
 * unit (1/10 m) of the FastF1 telemetry's x/y, so a browser can draw {@code CarSample} positions on it as they are.
 */
class TrackReaderTest {

    static final String RACE = "2025-australian-grand-prix-race";

    private static TrackMap track;
    /** Every telemetry row of the race: lap → rows {x, y, distance} per driver file, in file order. */
    private static List<double[]> positions;
    /** Per driver and lap, the recorded distance at the lap's last sample (metres). */
    private static List<Double> lapDistances;
    /** Per driver and lap, the length of the lap's x/y path (in coordinate units) and its recorded distance. */
    private static List<double[]> pathVsDistance;

    @BeforeAll
    static void load() throws IOException {
        Path folder = RepoPaths.bundledRaces().resolve(RACE);
        track = TrackReader.read(RACE, folder).orElseThrow();
        positions = new ArrayList<>();
        lapDistances = new ArrayList<>();
        pathVsDistance = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("fastf1/telemetry"))) {
            for (Path f : files.sorted().toList()) {
                readTelemetry(f);
            }
        }
    }

    /** Columns {@code lap,time,rpm,speed,gear,throttle,brake,drs,distance,x,y,z}. */
    private static void readTelemetry(Path file) throws IOException {
        Map<Integer, List<double[]>> laps = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                double[] row = {Double.parseDouble(f[9]), Double.parseDouble(f[10]), Double.parseDouble(f[8])};
                positions.add(row);
                laps.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(row);
            }
        }
        for (List<double[]> rows : laps.values()) {
            double path = 0;
            for (int i = 1; i < rows.size(); i++) {
                path += Math.hypot(rows.get(i)[0] - rows.get(i - 1)[0], rows.get(i)[1] - rows.get(i - 1)[1]);
            }
            double distance = rows.get(rows.size() - 1)[2] - rows.get(0)[2];
            lapDistances.add(distance);
            pathVsDistance.add(new double[] {path, distance});
        }
    }

    @Test
    void readsTheOutlineAndTheCornersWithTheirFiles() {
        assertThat(track.session()).isEqualTo(RACE);
        assertThat(track.outline()).hasSize(631).allSatisfy(p -> assertThat(p).hasSize(2));
        assertThat(track.corners()).hasSize(14);
        assertThat(track.corners()).extracting(Corner::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 14).boxed().toList());
        assertThat(track.corners()).allSatisfy(c -> assertThat(c.angle()).isNotNull());
        assertThat(track.source()).isEqualTo("track/outline_xy.json");
        assertThat(track.cornersSource()).isEqualTo("track/corners.json");
        assertThat(track.metresPerUnit()).isEqualTo(0.1);
    }

    @Test
    void positionsAreInTenthsOfAMetre() {
        // on every full lap, the x/y path is ten times the recorded distance (metres): x/y are 1/10 m
        List<Double> ratios = pathVsDistance.stream().filter(p -> p[1] > 5000).map(p -> p[0] / p[1]).sorted().toList();
        assertThat(ratios).hasSizeGreaterThan(800);
        assertThat(ratios.get(ratios.size() / 2)).isCloseTo(10.0, within(0.1));
        // and the outline is one lap long at that scale
        double median = lapDistances.stream().filter(d -> d > 5000).sorted().toList()
                .get((int) lapDistances.stream().filter(d -> d > 5000).count() / 2);
        assertThat(perimeter() * track.metresPerUnit()).isCloseTo(median, within(median * 0.01));
    }

    @Test
    void theCarsRunOnTheOutline() {
        // every 20th sample of every car: half lie within 1 m of the outline, 95 % within 2 m; the rest is the
        // pit lane, which runs beside the main straight about 15 m off the racing line
        List<Double> off = new ArrayList<>();
        for (int i = 0; i < positions.size(); i += 20) {
            off.add(distanceToOutline(positions.get(i)[0], positions.get(i)[1]) * track.metresPerUnit());
        }
        off.sort(null);
        assertThat(off).hasSizeGreaterThan(30_000);
        assertThat(off.get(off.size() / 2)).isLessThan(1.0);
        assertThat(off.get(off.size() * 95 / 100)).isLessThan(2.0);
        assertThat(off.get(off.size() - 1)).isLessThan(20.0);
    }

    @Test
    void theCornersLieOnTheOutlineWhereTheirDistanceSays() {
        List<double[]> o = track.outline();
        double[] along = new double[o.size()];
        for (int i = 1; i < o.size(); i++) {
            along[i] = along[i - 1] + Math.hypot(o.get(i)[0] - o.get(i - 1)[0], o.get(i)[1] - o.get(i - 1)[1]);
        }
        for (Corner c : track.corners()) {
            assertThat(distanceToOutline(c.x(), c.y()) * track.metresPerUnit()).as("corner %d off the outline", c.number())
                    .isLessThan(2.0);
            int nearest = 0;
            for (int i = 1; i < o.size(); i++) {
                if (Math.hypot(o.get(i)[0] - c.x(), o.get(i)[1] - c.y()) < Math.hypot(o.get(nearest)[0] - c.x(), o.get(nearest)[1] - c.y())) {
                    nearest = i;
                }
            }
            assertThat(along[nearest] * track.metresPerUnit()).as("corner %d along the outline", c.number())
                    .isCloseTo(c.distance(), within(25.0));
        }
    }

    @Test
    void aFolderWithoutOutlineHasNoTrack(@TempDir Path dir) throws IOException {
        assertThat(TrackReader.read("x", dir)).isEmpty();
        Files.createDirectories(dir.resolve("track"));
        Files.writeString(dir.resolve("track/corners.json"), "{}");
        assertThat(TrackReader.read("x", dir)).isEmpty();
    }

    @Test
    void anOutlineWithoutCornersHasNone(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("track"));
        Files.writeString(dir.resolve("track/outline_xy.json"), "[[0, 0], [10, 0], [10, 10]]");
        TrackMap t = TrackReader.read("x", dir).orElseThrow();
        assertThat(t.outline()).hasSize(3);
        assertThat(t.corners()).isEmpty();
        assertThat(t.cornersSource()).isNull();
    }

    @Test
    void aBadFileIsCorruptNamingIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("track"));
        Path outline = dir.resolve("track/outline_xy.json");
        Files.writeString(outline, "[[0, 0],\n [10, \"a\"]]");
        assertThatThrownBy(() -> TrackReader.read("x", dir)).isInstanceOf(CorruptInputException.class)
                .hasMessageContaining(outline.toString()).hasMessageContaining("point 1");
        Files.writeString(outline, "[[0, 0],\n [10, ");
        assertThatThrownBy(() -> TrackReader.read("x", dir)).isInstanceOf(CorruptInputException.class)
                .hasMessageContaining(outline + ":2: not JSON");
        Files.writeString(outline, "[[0, 0], [1, 1]]");
        Files.writeString(dir.resolve("track/corners.json"), "{\"CornerNumber\": [1, 2], \"X\": [0], \"Y\": [0, 1]}");
        assertThatThrownBy(() -> TrackReader.read("x", dir)).isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("corners.json").hasMessageContaining("different lengths");
    }

    private static double perimeter() {
        List<double[]> o = track.outline();
        double sum = 0;
        for (int i = 0; i < o.size(); i++) {
            double[] a = o.get(i);
            double[] b = o.get((i + 1) % o.size());
            sum += Math.hypot(b[0] - a[0], b[1] - a[1]);
        }
        return sum;
    }

    /** Distance from a point to the closed outline polyline, in coordinate units. */
    private static double distanceToOutline(double px, double py) {
        List<double[]> o = track.outline();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < o.size(); i++) {
            double[] a = o.get(i);
            double[] b = o.get((i + 1) % o.size());
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / len2));
            best = Math.min(best, Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy)));
        }
        return best;
    }
}
