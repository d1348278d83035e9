package dev.pitwall.staging.jolpica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the recorded replies in {@code src/test/resources/jolpica/} and re-cuts a laps reply into pages. */
final class Fixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/jolpica/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of a recorded laps reply, cut by timing rows as Jolpica pages them: the rows
     * {@code [offset, offset+limit)} regrouped under their laps, with {@code total} set to the rows the
     * recording holds and {@code limit}/{@code offset} set to the cut. Every timing is real; only the cut is ours.
     */
    static String lapsPage(String name, int offset, int limit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(read(name));
            ObjectNode mr = (ObjectNode) root.get("MRData");
            ObjectNode race = (ObjectNode) mr.get("RaceTable").get("Races").get(0);
            List<String[]> rows = new ArrayList<>();
            List<JsonNode> timings = new ArrayList<>();
            for (JsonNode lap : race.get("Laps")) {
                for (JsonNode t : lap.get("Timings")) {
                    rows.add(new String[] {lap.get("number").asText()});
                    timings.add(t);
                }
            }
            ArrayNode laps = MAPPER.createArrayNode();
            ObjectNode current = null;
            for (int i = offset; i < Math.min(rows.size(), offset + limit); i++) {
                String number = rows.get(i)[0];
                if (current == null || !current.get("number").asText().equals(number)) {
                    current = laps.addObject();
                    current.put("number", number);
                    current.putArray("Timings");
                }
                ((ArrayNode) current.get("Timings")).add(timings.get(i));
            }
            race.set("Laps", laps);
            mr.put("total", String.valueOf(rows.size()));
            mr.put("limit", String.valueOf(limit));
            mr.put("offset", String.valueOf(offset));
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
