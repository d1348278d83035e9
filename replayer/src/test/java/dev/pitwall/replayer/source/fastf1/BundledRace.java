package dev.pitwall.replayer.source.fastf1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.testkit.RepoPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The bundled 2025 Australian GP race, as tests see it. */
final class BundledRace {

    static final String SESSION_KEY = "9693";

    private BundledRace() {
    }

    static Path folder() {
        return RepoPaths.bundledRaces().resolve("2025-australian-grand-prix-race");
    }

    static Path fastf1() {
        return folder().resolve("fastf1");
    }

    /** Driver code to car number, in the order of the DriverList's first message's {@code Line} (the grid). */
    static Map<String, String> codeToCar() {
        Path file = folder().resolve("DriverList.jsonStream.gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String first = in.readLine().replace("\uFEFF", "");
            JsonNode cars = new ObjectMapper().readTree(first.substring(12));
            List<JsonNode> list = new ArrayList<>();
            for (Iterator<JsonNode> it = cars.elements(); it.hasNext();) {
                list.add(it.next());
            }
            list.sort((a, b) -> Integer.compare(a.get("Line").asInt(), b.get("Line").asInt()));
            Map<String, String> map = new LinkedHashMap<>();
            for (JsonNode c : list) {
                map.put(c.get("Tla").asText(), c.get("RacingNumber").asText());
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
