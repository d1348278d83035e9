package dev.pitwall.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Test oracle: the tyre stints of every car as the race's live-timing {@code TimingAppData} file states them at
 * the end, read here on its own (not through the replayer's code). The feed's stint list needs three rules to
 * read as stints, which are the feed's documented semantics:
 * <ul>
 *   <li>an entry with {@code TyresNotChanged} "1" is a pass through the pit lane on the same set: it continues
 *   the stint before it — unless its compound, once known, differs from that stint's (the flag is stale on
 *   such entries: a car that went from intermediates to slicks shows it);</li>
 *   <li>an entry replaced by another before the leader finished lap 1 was a pre-race outing (reconnaissance
 *   laps), not a race stint;</li>
 *   <li>a stint's laps are {@code TotalLaps - StartLaps}, summed over its entries.</li>
 * </ul>
 */
final class TimingAppStints {

    /** One race stint: compound, whether the set was new, its age at the start, laps done on it. */
    record Stint(String compound, Boolean fresh, Integer tyreAgeAtStart, Integer laps) {
    }

    private record Entry(Map<String, JsonNode> fields, long firstSeenMs) {
    }

    private TimingAppStints() {
    }

    /** Every car's stints, in order, from a race folder's TimingAppData and LapCount files. */
    static Map<String, List<Stint>> read(Path raceDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Long firstLapDone = null;
        for (Line line : lines(raceDir.resolve("LapCount.jsonStream.gz"), json)) {
            if (line.data().path("CurrentLap").asInt(0) >= 2) {
                firstLapDone = line.timeMs();
                break;
            }
        }
        Map<String, TreeMap<Integer, Entry>> cars = new LinkedHashMap<>();
        for (Line line : lines(raceDir.resolve("TimingAppData.jsonStream.gz"), json)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = line.data().path("Lines").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> car = it.next();
                JsonNode stints = car.getValue().get("Stints");
                if (stints == null) {
                    continue;
                }
                TreeMap<Integer, Entry> entries = cars.computeIfAbsent(car.getKey(), k -> new TreeMap<>());
                if (stints.isArray()) {
                    for (int i = 0; i < stints.size(); i++) {
                        merge(entries, i, stints.get(i), line.timeMs());
                    }
                } else {
                    stints.fields().forEachRemaining(e -> merge(entries, Integer.parseInt(e.getKey()), e.getValue(),
                            line.timeMs()));
                }
            }
        }
        Map<String, List<Stint>> out = new TreeMap<>();
        for (Map.Entry<String, TreeMap<Integer, Entry>> car : cars.entrySet()) {
            out.put(car.getKey(), stints(new ArrayList<>(car.getValue().values()), firstLapDone));
        }
        return out;
    }

    private static List<Stint> stints(List<Entry> entries, Long firstLapDone) {
        List<List<Entry>> groups = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Entry next = i + 1 < entries.size() ? entries.get(i + 1) : null;
            boolean sameSet = "1".equals(text(e, "TyresNotChanged")) && !groups.isEmpty()
                    && sameCompound(text(e, "Compound"), compound(groups.get(groups.size() - 1)));
            if (next != null && firstLapDone != null && next.firstSeenMs() < firstLapDone
                    && !"1".equals(text(next, "TyresNotChanged"))) {
                continue; // replaced before the end of lap 1: a pre-race outing
            }
            if (sameSet) {
                groups.get(groups.size() - 1).add(e);
            } else {
                groups.add(new ArrayList<>(List.of(e)));
            }
        }
        List<Stint> stints = new ArrayList<>();
        for (List<Entry> group : groups) {
            Entry first = group.get(0);
            String compound = compound(group);
            Integer laps = 0;
            for (Entry e : group) {
                Integer start = integer(e, "StartLaps");
                Integer total = integer(e, "TotalLaps");
                laps = laps == null || start == null || total == null ? null : laps + Math.max(0, total - start);
            }
            String fresh = text(first, "New");
            stints.add(new Stint(compound,
                    fresh == null ? null : Boolean.valueOf(fresh), integer(first, "StartLaps"), laps));
        }
        return stints;
    }

    /** The first known compound of a stint's entries, else what its first entry says. */
    private static String compound(List<Entry> group) {
        for (Entry e : group) {
            String c = text(e, "Compound");
            if (known(c)) {
                return c;
            }
        }
        return text(group.get(0), "Compound");
    }

    private static boolean sameCompound(String a, String b) {
        return !known(a) || !known(b) || a.equals(b);
    }

    private static boolean known(String compound) {
        return compound != null && !compound.isBlank() && !"UNKNOWN".equals(compound);
    }

    private static void merge(TreeMap<Integer, Entry> entries, int index, JsonNode update, long timeMs) {
        Entry old = entries.get(index);
        Map<String, JsonNode> fields = old == null ? new LinkedHashMap<>() : old.fields();
        update.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        entries.put(index, new Entry(fields, old == null ? timeMs : old.firstSeenMs()));
    }

    private static String text(Entry e, String field) {
        JsonNode n = e.fields().get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(Entry e, String field) {
        String t = text(e, field);
        return t == null || t.isBlank() ? null : Integer.valueOf(t);
    }

    private record Line(long timeMs, JsonNode data) {
    }

    /** The lines of a live-timing stream file: {@code HH:MM:SS.mmm} then a JSON object. */
    private static List<Line> lines(Path file, ObjectMapper json) throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.replace("\uFEFF", "").strip();
                int brace = line.indexOf('{');
                if (brace < 0) {
                    continue;
                }
                String[] hms = line.substring(0, brace).split(":");
                long ms = Long.parseLong(hms[0]) * 3_600_000 + Long.parseLong(hms[1]) * 60_000
                        + Math.round(Double.parseDouble(hms[2]) * 1000);
                out.add(new Line(ms, json.readTree(line.substring(brace))));
            }
        }
        return out;
    }
}
