package dev.pitwall.staging.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.testkit.RepoPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Contract records built from the bundled race's real data (data/races/2025-australian-grand-prix-race): its lap
 * table, a driver's FastF1 telemetry, and its live-timing LapCount, TrackStatus and race-control messages. Values
 * are the recorded ones; the session clock origin is the one the race's README documents.
 */
final class RaceSlice {

    static final String SESSION = "9693";
    static final Instant ORIGIN = Instant.parse("2025-03-16T03:07:22.619Z");
    static final ObjectMapper JSON = ContractJson.newMapper();

    private static final Path RACE = RepoPaths.bundledRaces().resolve("2025-australian-grand-prix-race");

    private RaceSlice() {
    }

    static String json(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three-letter code to car number, from the first DriverList message. */
    static Map<String, String> cars() {
        JsonNode first = feed("DriverList.jsonStream.gz").get(0).message;
        Map<String, String> cars = new HashMap<>();
        first.fields().forEachRemaining(e -> cars.put(e.getValue().path("Tla").asText(), e.getValue().path("RacingNumber").asText()));
        return cars;
    }

    /** Every lap of the lap table, seq = the lap's place in its car's laps. */
    static List<LapRecord> laps() {
        Map<String, String> cars = cars();
        Map<String, Integer> seq = new HashMap<>();
        List<JsonNode> rows = lines("fastf1/laps.jsonl.gz").stream().map(RaceSlice::tree)
                .sorted(Comparator.comparingDouble(n -> n.path("LapNumber").asDouble())).toList();
        List<LapRecord> laps = new ArrayList<>();
        for (JsonNode r : rows) {
            String car = cars.get(r.path("Driver").asText());
            Long start = longOrNull(r, "LapStartTime");
            Long lapTime = longOrNull(r, "LapTime");
            Long end = longOrNull(r, "Sector3SessionTime");
            long at = end != null ? end : start != null ? start + (lapTime == null ? 0 : lapTime) : 0;
            laps.add(new LapRecord(SESSION, car, seq.merge(car, 1, Integer::sum), ORIGIN.plusMillis(at), at,
                    r.path("Driver").asText(), (int) r.path("LapNumber").asDouble(), lapTime,
                    longOrNull(r, "Sector1Time"), longOrNull(r, "Sector2Time"), longOrNull(r, "Sector3Time"), start,
                    longOrNull(r, "PitInTime"), longOrNull(r, "PitOutTime"), r.path("Compound").asText(null),
                    r.path("TyreLife").isNumber() ? r.path("TyreLife").asInt() : null,
                    r.path("Stint").isNumber() ? r.path("Stint").asInt() : null, doubleOrNull(r, "SpeedI1"),
                    doubleOrNull(r, "SpeedI2"), doubleOrNull(r, "SpeedFL"), doubleOrNull(r, "SpeedST"),
                    r.path("TrackStatus").asText(null), "fastf1", lapTime != null));
        }
        return laps;
    }

    /** The first {@code n} telemetry samples of a driver (FastF1's merged car data and position). */
    static List<CarSample> samples(String driver, int n) {
        String car = cars().get(driver);
        Map<Integer, Long> lapStart = new HashMap<>();
        for (LapRecord l : laps()) {
            if (l.car().equals(car) && l.lapStartMs() != null) {
                lapStart.put(l.lap(), l.lapStartMs());
            }
        }
        List<CarSample> samples = new ArrayList<>();
        for (String line : lines("fastf1/telemetry/" + driver + ".csv.gz")) {
            if (line.startsWith("lap,") || samples.size() == n) {
                continue;
            }
            String[] c = line.split(",");
            int lap = Integer.parseInt(c[0]);
            long at = lapStart.get(lap) + Math.round(Double.parseDouble(c[1]) * 1000);
            samples.add(new CarSample(SESSION, car, samples.size() + 1, ORIGIN.plusMillis(at), at, lap, "fastf1",
                    d(c[2]), d(c[3]), (int) Double.parseDouble(c[4]), d(c[5]), (int) Double.parseDouble(c[6]),
                    (int) Double.parseDouble(c[7]), d(c[8]), d(c[9]), d(c[10]), d(c[11]), null));
        }
        return samples;
    }

    /** LAP_COUNT, TRACK_STATUS and the race-control messages, in session order, seq 1, 2, 3, ... */
    static List<RaceEvent> raceEvents() {
        TreeMap<Long, List<RaceEvent>> byTime = new TreeMap<>();
        Integer current = null;
        Integer total = null;
        for (Message m : feed("LapCount.jsonStream.gz")) {
            current = m.message.has("CurrentLap") ? Integer.valueOf(m.message.path("CurrentLap").asInt()) : current;
            total = m.message.has("TotalLaps") ? Integer.valueOf(m.message.path("TotalLaps").asInt()) : total;
            add(byTime, m.offsetMs, RaceEvent.Type.LAP_COUNT, null, null,
                    new RaceEvent.LapCount(current == null ? 0 : current, total));
        }
        for (Message m : feed("TrackStatus.jsonStream.gz")) {
            add(byTime, m.offsetMs, RaceEvent.Type.TRACK_STATUS, null,
                    new RaceEvent.TrackStatus(m.message.path("Status").asText(), m.message.path("Message").asText()), null);
        }
        int index = 0;
        for (Message m : feed("RaceControlMessages.jsonStream.gz")) {
            Iterator<JsonNode> messages = m.message.path("Messages").elements();
            while (messages.hasNext()) {
                JsonNode rc = messages.next();
                add(byTime, m.offsetMs, RaceEvent.Type.RACE_CONTROL, new RaceEvent.RaceControl(index++,
                        rc.path("Category").asText(null), rc.path("Message").asText(null), rc.path("Flag").asText(null),
                        rc.path("Scope").asText(null), rc.path("Sector").isNumber() ? rc.path("Sector").asInt() : null,
                        rc.path("RacingNumber").asText(null), rc.path("Lap").isNumber() ? rc.path("Lap").asInt() : null,
                        rc.path("Status").asText(null), Instant.parse(rc.path("Utc").asText() + "Z")), null, null);
            }
        }
        List<RaceEvent> events = new ArrayList<>();
        byTime.values().forEach(list -> list.forEach(e -> events.add(e.withSeq(events.size() + 1))));
        return events;
    }

    private static void add(TreeMap<Long, List<RaceEvent>> byTime, long at, RaceEvent.Type type,
            RaceEvent.RaceControl rc, RaceEvent.TrackStatus ts, RaceEvent.LapCount lc) {
        byTime.computeIfAbsent(at, k -> new ArrayList<>()).add(new RaceEvent(SESSION, 0, ORIGIN.plusMillis(at), at,
                type, rc, ts, lc, null, null, null, null, null));
    }

    private record Message(long offsetMs, JsonNode message) {
    }

    /** A live-timing {@code .jsonStream}: BOM, then per line an {@code HH:MM:SS.mmm} offset and a JSON delta. */
    private static List<Message> feed(String file) {
        List<Message> out = new ArrayList<>();
        for (String line : lines(file)) {
            String l = line.replace("\uFEFF", "").trim();
            if (l.length() < 13) {
                continue;
            }
            String[] hms = l.substring(0, 12).split("[:.]");
            long ms = ((Long.parseLong(hms[0]) * 60 + Long.parseLong(hms[1])) * 60 + Long.parseLong(hms[2])) * 1000
                    + Long.parseLong(hms[3]);
            out.add(new Message(ms, tree(l.substring(12))));
        }
        return out;
    }

    private static List<String> lines(String file) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(RACE.resolve(file))), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RACE.resolve(file), e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static Long longOrNull(JsonNode r, String field) {
        return r.path(field).isNumber() ? r.path(field).asLong() : null;
    }

    private static Double doubleOrNull(JsonNode r, String field) {
        return r.path(field).isNumber() ? r.path(field).asDouble() : null;
    }

    private static Double d(String s) {
        return s.isEmpty() ? null : Double.parseDouble(s);
    }
}
