package dev.pitwall.staging.jolpica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads one {@code MRData} page into a {@link JolpicaPage}, refusing anything malformed or unexpected. */
final class PageParser {

    private final ObjectMapper mapper;

    PageParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    JolpicaPage parse(String url, String body, JolpicaEndpoint endpoint) {
        JsonNode root;
        try {
            root = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new JolpicaException(url, "body is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("MRData").isObject()) {
            throw new JolpicaException(url, "no MRData object in the reply");
        }
        JsonNode mr = root.get("MRData");
        int total = number(url, mr, "total");
        int limit = number(url, mr, "limit");
        int offset = number(url, mr, "offset");
        if (limit <= 0) {
            throw new JolpicaException(url, "MRData.limit is " + limit + ", cannot page");
        }
        JsonNode table = mr.get(endpoint.table());
        if (table == null || !table.isObject()) {
            throw new JolpicaException(url, "no MRData." + endpoint.table() + " object in the reply");
        }
        List<JsonNode> rows = new ArrayList<>();
        collect(url, table, endpoint.arrays(), 0, mapper.createObjectNode(), rows);
        if (rows.size() > limit) {
            throw new JolpicaException(url, rows.size() + " rows on a page of limit " + limit);
        }
        return new JolpicaPage(url, total, limit, offset, List.copyOf(rows));
    }

    /** Walks the array chain; leaf rows get the season/round/lap of their parents copied in. */
    private void collect(String url, JsonNode node, List<String> arrays, int depth, ObjectNode context,
                         List<JsonNode> out) {
        String name = arrays.get(depth);
        JsonNode array = node.get(name);
        if (array == null && depth > 0) {
            return; // e.g. a race without results on this page
        }
        if (array == null || !array.isArray()) {
            throw new JolpicaException(url, "expected an array " + name + " in the reply");
        }
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new JolpicaException(url, "an element of " + name + " is not an object");
            }
            if (depth == arrays.size() - 1) {
                ObjectNode row = ((ObjectNode) item).deepCopy();
                context.fields().forEachRemaining(f -> {
                    if (!row.has(f.getKey())) {
                        row.set(f.getKey(), f.getValue());
                    }
                });
                out.add(row);
            } else {
                ObjectNode inner = context.deepCopy();
                addContext(inner, item, "season", "season");
                addContext(inner, item, "round", "round");
                if ("Laps".equals(name)) {
                    addContext(inner, item, "number", "lap");
                }
                if ("Races".equals(name) && !inner.has("race")) {
                    inner.set("race", raceContext(item));
                }
                collect(url, item, arrays, depth + 1, inner, out);
            }
        }
    }

    /**
     * What a row nested in a race (a result, a qualifying or sprint result, a lap, a pit stop) keeps of that race
     * under {@code race}: its name, date, start time, url and circuit. Pages of results carry the race, and the
     * season's schedule may not have been loaded (the offline mirror has none for 2025): the marts still know
     * when and where the race was.
     */
    private ObjectNode raceContext(JsonNode race) {
        ObjectNode context = mapper.createObjectNode();
        for (String field : List.of("raceName", "date", "time", "url", "Circuit")) {
            JsonNode value = race.get(field);
            if (value != null && !value.isNull()) {
                context.set(field, value.deepCopy());
            }
        }
        return context;
    }

    /** Ergast numbers arrive as strings ("100"); a bare number is accepted too. */
    private static int number(String url, JsonNode mr, String field) {
        JsonNode value = mr.get(field);
        if (value == null || !(value.isTextual() || value.isIntegralNumber())) {
            throw new JolpicaException(url, "MRData." + field + " missing or not a number");
        }
        try {
            return Integer.parseInt(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new JolpicaException(url, "MRData." + field + " is not a number: \"" + value.asText() + "\"");
        }
    }

    /** Copies a parent's scalar field into the context rows inherit, e.g. the season of a result. */
    private static void addContext(ObjectNode context, JsonNode parent, String field, String as) {
        JsonNode value = parent.get(field);
        if (value != null && value.isValueNode() && !context.has(as)) {
            context.set(as, value);
        }
    }
}
