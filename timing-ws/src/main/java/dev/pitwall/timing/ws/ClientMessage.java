package dev.pitwall.timing.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What a browser may send on the race socket, parsed: {@code {"type":"delay","seconds":N}} with N from 0 to
 * 120, or {@code {"type":"ping"}}. Anything else is refused with the close code it deserves: 1007 (invalid
 * payload) for text that is not a JSON object or a value out of range, 1003 (unsupported data) for a message
 * type the server does not know.
 */
public sealed interface ClientMessage {

    /** Most a viewer may delay the race, in seconds. */
    int MAX_DELAY_SECONDS = 120;

    /** The viewer wants every stream delayed by this much. */
    record Delay(int seconds) implements ClientMessage {
    }

    /** A keep-alive; answered with nothing. */
    record Ping() implements ClientMessage {
    }

    /** A message that cannot be taken: the error frame's text and the close code. */
    record Refused(String error, short closeCode) implements ClientMessage {
    }

    /** Close code for text that is not a valid message. */
    short INVALID_PAYLOAD = 1007;
    /** Close code for a message type the server does not know. */
    short UNSUPPORTED = 1003;

    /** Parses one text frame. */
    static ClientMessage parse(ObjectMapper json, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (IOException e) {
            return new Refused("not JSON: send {\"type\":\"delay\",\"seconds\":0..120}", INVALID_PAYLOAD);
        }
        if (node == null || !node.isObject() || !node.path("type").isTextual()) {
            return new Refused("a message is a JSON object with a \"type\"", INVALID_PAYLOAD);
        }
        String type = node.get("type").asText();
        switch (type) {
            case "ping":
                return new Ping();
            case "delay":
                JsonNode seconds = node.path("seconds");
                if (!seconds.isIntegralNumber() || seconds.asInt() < 0 || seconds.asInt() > MAX_DELAY_SECONDS) {
                    return new Refused("\"seconds\" must be a whole number from 0 to " + MAX_DELAY_SECONDS, INVALID_PAYLOAD);
                }
                return new Delay(seconds.asInt());
            default:
                return new Refused("unknown message type '" + type + "' (known: delay, ping)", UNSUPPORTED);
        }
    }
}
