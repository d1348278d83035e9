package dev.pitwall.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Test oracle: a race's official classification from a Jolpica (Ergast) results file on the classpath. The
 * testkit carries {@code /jolpica/2025-1-results.json}, the bundled race's (see its README for the source).
 */
public final class JolpicaResults {

    /** The 2025 Australian Grand Prix race, the bundled race. */
    public static final String BUNDLED_RACE_RESULTS = "/jolpica/2025-1-results.json";

    /**
     * One car of the classification, in official order: its place, number, code, laps completed, whether it was
     * classified (a retirement's position text is "R"), and its fastest lap in ms and lap number (null if none).
     */
    public record Result(int position, String car, String code, int laps, boolean classified, Long fastestLapMs,
            Integer fastestLapNumber) {
    }

    private JolpicaResults() {
    }

    public static List<Result> read(String resource) throws IOException {
        JsonNode root;
        try (InputStream in = JolpicaResults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource + " on the classpath");
            }
            root = new ObjectMapper().readTree(in);
        }
        List<Result> out = new ArrayList<>();
        for (JsonNode r : root.path("MRData").path("RaceTable").path("Races").get(0).path("Results")) {
            JsonNode fl = r.get("FastestLap");
            out.add(new Result(r.get("position").asInt(), r.get("number").asText(), r.path("Driver").get("code").asText(),
                    r.get("laps").asInt(), r.get("positionText").asText().matches("\\d+"),
                    fl == null ? null : lapTimeMs(fl.path("Time").get("time").asText()),
                    fl == null ? null : fl.get("lap").asInt()));
        }
        return out;
    }

    /** {@code 1:22.167} in ms. */
    public static long lapTimeMs(String text) {
        int colon = text.indexOf(':');
        long minutes = colon < 0 ? 0 : Long.parseLong(text.substring(0, colon));
        String[] sec = text.substring(colon + 1).split("\\.");
        return minutes * 60_000 + Long.parseLong(sec[0]) * 1000 + Long.parseLong((sec[1] + "00").substring(0, 3));
    }
}
