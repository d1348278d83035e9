package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Walks a feed collection that may be a list or an index-keyed object, in the same way for both. */
final class JsonEntries {

    private JsonEntries() {
    }

    /** Key to value: the index as a string for a list, the field name for an object; empty for anything else. */
    static Map<String, JsonNode> of(JsonNode node) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        if (node == null) {
            return entries;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                entries.put(Integer.toString(i), node.get(i));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        }
        return entries;
    }

    /** The node at {@code key} of a list or object (a list is indexed by the number in the key); null if none. */
    static JsonNode at(JsonNode node, String key) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            try {
                return node.get(Integer.parseInt(key));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return node.get(key);
    }
}
