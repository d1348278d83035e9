package dev.pitwall.timing.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.LapRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Test helper: turns a bundled race's FastF1 lap table ({@code fastf1/laps.jsonl.gz}) into {@link LapRecord}s in
 * the order they happened, the way the replayer would publish them (much simplified: no feed merge).
 *
 * <p>A lap is completed when it has a lap time or a sector-3 session time, or the car started another lap after
 * it; its session time is the line crossing (sector-3 session time, else lap start plus lap time, else the next
 * lap's start). A lap the car never finished keeps its start time and {@code completed=false}.
 */
public final class FastF1Laps {

    public static final String SESSION_KEY = "9693";
    /** The race's feed origin: LapStartDate − LapStartTime of any lap (see the data README). */
    public static final Instant ORIGIN = Instant.parse("2025-03-16T03:07:22.600Z");

    private FastF1Laps() {
    }

    /** The bundled races folder (the testkit's one way of finding it). */
    public static Path bundledRaces() {
        return dev.pitwall.testkit.RepoPaths.bundledRaces();
    }

    /** The laps of {@code file}, by session time; {@code carOf} maps a three-letter code to the car number. */
    public static List<LapRecord> read(Path file, Map<String, String> carOf) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> byDriver = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    byDriver.computeIfAbsent(n.get("Driver").asText(), d -> new ArrayList<>()).add(n);
                }
            }
        }
        List<LapRecord> laps = new ArrayList<>();
        byDriver.forEach((driver, rows) -> {
            rows.sort(Comparator.comparingDouble(n -> n.get("LapNumber").asDouble()));
            String car = carOf.get(driver);
            if (car == null) {
                throw new IllegalStateException("no car number for " + driver);
            }
            for (int i = 0; i < rows.size(); i++) {
                JsonNode n = rows.get(i);
                Long next = i + 1 < rows.size() ? ms(rows.get(i + 1), "LapStartTime") : null;
                laps.add(lap(car, driver, n, next));
            }
        });
        laps.sort(Comparator.comparingLong(LapRecord::sessionTimeMs).thenComparing(LapRecord::car));
        return laps;
    }

    private static LapRecord lap(String car, String driver, JsonNode n, Long nextStart) {
        Long lapTime = ms(n, "LapTime");
        Long s3At = ms(n, "Sector3SessionTime");
        Long start = ms(n, "LapStartTime");
        Long end = s3At != null ? s3At : lapTime != null && start != null ? Long.valueOf(start + lapTime) : nextStart;
        boolean completed = lapTime != null || s3At != null || nextStart != null;
        long t = end != null ? end : start;
        return new LapRecord(SESSION_KEY, car, 0, ORIGIN.plusMillis(t), t, driver, n.get("LapNumber").asInt(),
                lapTime, ms(n, "Sector1Time"), ms(n, "Sector2Time"), ms(n, "Sector3Time"), start, ms(n, "PitInTime"),
                ms(n, "PitOutTime"), text(n, "Compound"), integer(n, "TyreLife"), integer(n, "Stint"),
                dbl(n, "SpeedI1"), dbl(n, "SpeedI2"), dbl(n, "SpeedFL"), dbl(n, "SpeedST"), text(n, "TrackStatus"),
                "fastf1", completed);
    }

    private static Long ms(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : Math.round(v.asDouble());
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : (int) Math.round(v.asDouble());
    }

    private static Double dbl(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
