package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies a live-timing delta to the state of a topic, as the feed means it: objects merge key by key, a
 * list in the state updated by an index-keyed object ({@code {"Sectors":{"2":{...}}}}) has that index
 * updated (or appended), {@code "_deleted":[keys]} removes those keys, and any other value replaces the old.
 */
public final class DeepMerge {

    private static final String DELETED = "_deleted";

    private DeepMerge() {
    }

    /** Merges {@code delta} into {@code state} (changed in place) and returns the new state, which may be a new node. */
    public static JsonNode merge(JsonNode state, JsonNode delta) {
        if (delta == null || !delta.isObject()) {
            return delta;
        }
        if (state != null && state.isArray() && indexKeyed(delta)) {
            return mergeIntoList((ArrayNode) state, delta);
        }
        ObjectNode target;
        if (state != null && state.isObject()) {
            target = (ObjectNode) state;
        } else if (state != null && state.isArray()) {
            target = listAsObject((ArrayNode) state);
        } else {
            target = JsonNodeFactory.instance.objectNode();
        }
        JsonNode deleted = delta.get(DELETED);
        if (deleted != null && deleted.isArray()) {
            deleted.forEach(key -> target.remove(key.asText()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = delta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!DELETED.equals(field.getKey())) {
                target.set(field.getKey(), merge(target.get(field.getKey()), field.getValue()));
            }
        }
        return target;
    }

    private static JsonNode mergeIntoList(ArrayNode list, JsonNode delta) {
        JsonNode deleted = delta.get(DELETED);
        if (deleted != null && deleted.isArray()) {
            for (JsonNode key : deleted) {
                int index = index(key.asText());
                if (index >= 0 && index < list.size()) {
                    list.set(index, NullNode.getInstance());
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = delta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (DELETED.equals(field.getKey())) {
                continue;
            }
            int index = index(field.getKey());
            while (list.size() <= index) {
                list.add(NullNode.getInstance());
            }
            list.set(index, merge(list.get(index), field.getValue()));
        }
        return list;
    }

    private static ObjectNode listAsObject(ArrayNode list) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < list.size(); i++) {
            object.set(Integer.toString(i), list.get(i));
        }
        return object;
    }

    private static boolean indexKeyed(JsonNode delta) {
        for (Iterator<String> it = delta.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!DELETED.equals(key) && index(key) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int index(String key) {
        if (key.isEmpty() || key.length() > 6) {
            return -1;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(key);
    }
}
