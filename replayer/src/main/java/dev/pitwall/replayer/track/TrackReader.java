package dev.pitwall.replayer.track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.session.SessionFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a session folder's circuit map from {@code track/}: {@value #OUTLINE} (a JSON array of {@code [x, y]}
 * points) and, when present, {@value #CORNERS} (FastF1's circuit-info columns {@code CornerNumber}, {@code X},
 * {@code Y}, {@code Angle}, {@code Distance}, arrays of one length). Either may be gzipped ({@code .gz}).
 * A file that is there but not of that shape is corrupt ({@link CorruptInputException}, naming it): a wrong map
 * is worse than none.
 */
public final class TrackReader {

    /** The outline file, relative to the session folder. */
    public static final String OUTLINE = "track/outline_xy.json";
    /** The corner file, relative to the session folder. */
    public static final String CORNERS = "track/corners.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrackReader() {
    }

    /** The circuit map of the session {@code id} in {@code folder}; empty when the folder has no outline. */
    public static Optional<TrackMap> read(String id, Path folder) {
        Path outlineFile = find(folder, OUTLINE);
        if (outlineFile == null) {
            return Optional.empty();
        }
        List<double[]> outline = outline(outlineFile);
        Path cornersFile = find(folder, CORNERS);
        List<Corner> corners = cornersFile == null ? List.of() : corners(cornersFile);
        return Optional.of(new TrackMap(id, outline, corners, relative(folder, outlineFile),
                cornersFile == null ? null : relative(folder, cornersFile), TrackMap.METRES_PER_UNIT));
    }

    private static List<double[]> outline(Path file) {
        JsonNode root = parse(file);
        if (!root.isArray() || root.size() < 2) {
            throw corrupt(file, "expected a JSON array of at least 2 [x, y] points");
        }
        List<double[]> points = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode p = root.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw corrupt(file, "point " + i + " is " + p + ", expected [x, y]");
            }
            points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
        }
        return List.copyOf(points);
    }

    private static List<Corner> corners(Path file) {
        JsonNode root = parse(file);
        JsonNode numbers = root.path("CornerNumber");
        JsonNode xs = root.path("X");
        JsonNode ys = root.path("Y");
        if (!numbers.isArray() || !xs.isArray() || !ys.isArray()) {
            throw corrupt(file, "expected the columns CornerNumber, X and Y as arrays");
        }
        int n = numbers.size();
        JsonNode angles = root.path("Angle");
        JsonNode distances = root.path("Distance");
        if (xs.size() != n || ys.size() != n || (angles.isArray() && angles.size() != n)
                || (distances.isArray() && distances.size() != n)) {
            throw corrupt(file, "its columns have different lengths");
        }
        List<Corner> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!numbers.get(i).isNumber() || !xs.get(i).isNumber() || !ys.get(i).isNumber()) {
                throw corrupt(file, "corner " + i + " lacks a number, X or Y");
            }
            out.add(new Corner(numbers.get(i).asInt(), xs.get(i).asDouble(), ys.get(i).asDouble(),
                    number(angles, i), number(distances, i)));
        }
        out.sort(Comparator.comparingInt(Corner::number));
        return List.copyOf(out);
    }

    private static Double number(JsonNode column, int i) {
        JsonNode v = column.isArray() ? column.get(i) : null;
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    private static JsonNode parse(Path file) {
        try (InputStream in = open(file)) {
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new CorruptInputException(file.toString(), line, "not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static Path find(Path folder, String relative) {
        Path file = folder.resolve(relative);
        return SessionFolder.find(file.getParent(), file.getFileName().toString());
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static CorruptInputException corrupt(Path file, String reason) {
        return new CorruptInputException(file.toString(), 1, reason, null);
    }
}
