package dev.pitwall.timing.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the official classification of a race from a Jolpica (Ergast) results file on the test classpath. */
public final class JolpicaResults {

    /** One classified car: its number, code, laps completed and fastest lap in ms (null if it set none). */
    public record Result(String car, String code, int laps, Long fastestLapMs, Integer fastestLapNumber) {
    }

    private JolpicaResults() {
    }

    public static List<Result> read(String resource) throws IOException {
        JsonNode root;
        try (InputStream in = JolpicaResults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            root = new ObjectMapper().readTree(in);
        }
        List<Result> out = new ArrayList<>();
        for (JsonNode r : root.path("MRData").path("RaceTable").path("Races").get(0).path("Results")) {
            JsonNode fl = r.get("FastestLap");
            out.add(new Result(r.get("number").asText(), r.path("Driver").get("code").asText(), r.get("laps").asInt(),
                    fl == null ? null : lapTimeMs(fl.path("Time").get("time").asText()),
                    fl == null ? null : fl.get("lap").asInt()));
        }
        return out;
    }

    /** {@code 1:22.167} in ms. */
    static long lapTimeMs(String text) {
        int colon = text.indexOf(':');
        long minutes = colon < 0 ? 0 : Long.parseLong(text.substring(0, colon));
        String[] sec = text.substring(colon + 1).split("\\.");
        return minutes * 60_000 + Long.parseLong(sec[0]) * 1000 + Long.parseLong((sec[1] + "00").substring(0, 3));
    }
}
