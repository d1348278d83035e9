package dev.pitwall.replayer.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** Reads the archive's JSON (UTF-8, usually with a BOM) and writes the manifest, as Jackson trees. */
final class ArchiveJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArchiveJson() {
    }

    /** Parses JSON bytes, skipping a UTF-8 byte-order mark; {@code what} names the source in errors. */
    static JsonNode parse(byte[] bytes, String what) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            JsonNode node = MAPPER.readTree(bytes, start, bytes.length - start);
            if (node == null || !node.isObject()) {
                throw new ImportException(what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ImportException(what + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A text field, or null when missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
