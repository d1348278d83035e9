package dev.pitwall.replayer.source.fastf1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SkippedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads FastF1's lap table, {@code laps.jsonl} or {@code laps.jsonl.gz}: one JSON object per line, durations
 * in ms, {@code LapNumber} a float, nulls kept as null. A line that is not such an object is corrupt: it
 * stops the read ({@link BadLinePolicy#FAIL}) or is skipped and reported ({@link BadLinePolicy#SKIP}).
 */
public final class LapTableReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LapTableReader() {
    }

    /** Reads the whole table. */
    public static LapTable read(Path file, BadLinePolicy policy) {
        String name = file.toString();
        List<FastF1Lap> laps = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Inputs.open(file), StandardCharsets.UTF_8))) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    laps.add(parse(line));
                } catch (IllegalArgumentException | JsonProcessingException e) {
                    String reason = e instanceof JsonProcessingException jpe ? "not JSON: " + jpe.getOriginalMessage() : e.getMessage();
                    if (policy == BadLinePolicy.FAIL) {
                        throw new CorruptInputException(name, lineNo, reason, e);
                    }
                    skipped.add(new SkippedLine(name, lineNo, reason));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new LapTable(name, laps, skipped);
    }

    /** One line of the table; throws IllegalArgumentException saying what is wrong. */
    static FastF1Lap parse(String line) throws JsonProcessingException {
        JsonNode n = MAPPER.readTree(line);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String driver = text(n, "Driver");
        if (driver == null || driver.isBlank()) {
            throw new IllegalArgumentException("no Driver");
        }
        Double lapNumber = dbl(n, "LapNumber");
        if (lapNumber == null || lapNumber < 1 || lapNumber != Math.rint(lapNumber)) {
            throw new IllegalArgumentException("LapNumber missing or not a whole number: " + n.get("LapNumber"));
        }
        return new FastF1Lap(driver, text(n, "Team"), lapNumber,
                ms(n, "LapTime"), ms(n, "Sector1Time"), ms(n, "Sector2Time"), ms(n, "Sector3Time"),
                ms(n, "Sector1SessionTime"), ms(n, "Sector2SessionTime"), ms(n, "Sector3SessionTime"),
                ms(n, "PitInTime"), ms(n, "PitOutTime"), ms(n, "LapStartTime"), ms(n, "LapStartDate"),
                dbl(n, "SpeedI1"), dbl(n, "SpeedI2"), dbl(n, "SpeedFL"), dbl(n, "SpeedST"),
                text(n, "Compound"), dbl(n, "TyreLife"), bool(n, "FreshTyre"), dbl(n, "Stint"),
                text(n, "TrackStatus"), dbl(n, "Position"));
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(name + " is not text: " + v);
        }
        return v.textValue();
    }

    private static Double dbl(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(name + " is not a number: " + v);
        }
        double d = v.doubleValue();
        return Double.isNaN(d) ? null : d;
    }

    private static Long ms(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(name + " is not a number of ms: " + v);
        }
        return v.canConvertToExactIntegral() ? v.longValue() : Math.round(v.doubleValue());
    }

    private static Boolean bool(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(name + " is not a boolean: " + v);
        }
        return v.booleanValue();
    }
}
