package dev.pitwall.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A browser's view of the race socket, in JSON: applies a {@code diff} message to the snapshot it was made
 * from, by the rules documented on timing-ws's {@code SnapshotDiff} (changed top-level fields, changed rows
 * whole, the order when it changed, race-control messages dropped from the front and added at the end, and
 * {@code ts}, always sent).
 */
final class SnapshotJson {

    private SnapshotJson() {
    }

    static ObjectNode apply(JsonNode snapshot, JsonNode diff) {
        if (snapshot.path("version").asLong() != diff.path("fromVersion").asLong()) {
            throw new AssertionError("diff from version " + diff.path("fromVersion") + " for a snapshot at version "
                    + snapshot.path("version"));
        }
        ObjectNode next = snapshot.deepCopy();
        next.set("version", diff.path("toVersion"));
        if (diff.has("ts")) {
            next.set("ts", diff.get("ts"));
        }
        for (JsonNode name : diff.path("changed")) {
            JsonNode value = diff.get(name.asText());
            next.set(name.asText(), value == null ? JsonNodeFactory.instance.nullNode() : value);
        }
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        snapshot.path("rows").forEach(r -> rows.put(r.path("car").asText(), r));
        diff.path("rows").forEach(r -> rows.put(r.path("car").asText(), r));
        ArrayNode tower = next.putArray("rows");
        if (diff.hasNonNull("order")) {
            diff.path("order").forEach(car -> tower.add(rows.get(car.asText())));
        } else {
            snapshot.path("rows").forEach(r -> tower.add(rows.get(r.path("car").asText())));
        }
        ArrayNode rc = next.putArray("raceControl");
        JsonNode old = snapshot.path("raceControl");
        for (int i = diff.path("raceControlDropped").asInt(); i < old.size(); i++) {
            rc.add(old.get(i));
        }
        diff.path("raceControlAdded").forEach(rc::add);
        return next;
    }

    /** The snapshot without null fields, so two serialisations that differ only in writing nulls compare equal. */
    static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    out.set(f.getKey(), withoutNulls(f.getValue()));
                }
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(withoutNulls(n)));
            return out;
        }
        return node;
    }

    /** The paths at which two JSON trees differ, each with both values (empty when equal); at most 20. */
    static java.util.List<String> differences(JsonNode a, JsonNode b) {
        java.util.List<String> out = new java.util.ArrayList<>();
        differences("$", a, b, out);
        return out;
    }

    private static void differences(String path, JsonNode a, JsonNode b, java.util.List<String> out) {
        if (out.size() >= 20 || java.util.Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> differences(path + "." + n, a.get(n), b.get(n), out));
        } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differences(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else {
            out.add(path + ": " + a + " vs " + b);
        }
    }
}
