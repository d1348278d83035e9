package dev.pitwall.timing.replayer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the replayer's JSON answers. */
final class ReplayerJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ReplayerJson() {
    }

    /** The answer's body as JSON; {@link ReplayerErrorException} when it is not JSON. */
    static JsonNode read(String what, ReplayerAnswer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new ReplayerErrorException("the replayer's answer to " + what + " is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The {@code error} message of one of the replayer's error answers, else its status and body. */
    static String error(ReplayerAnswer answer) {
        try {
            JsonNode n = JSON.readTree(answer.body());
            if (n != null && n.hasNonNull("error")) {
                return n.get("error").asText();
            }
        } catch (JsonProcessingException e) {
            // not JSON: fall through
        }
        String body = answer.body() == null ? "" : answer.body();
        return "HTTP " + answer.status() + (body.isBlank() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body));
    }
}
