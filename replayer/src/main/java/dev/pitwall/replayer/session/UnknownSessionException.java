package dev.pitwall.replayer.session;

import java.util.List;

/** A session id that the library does not hold; carries the ids it does hold. */
public class UnknownSessionException extends RuntimeException {

    private final List<String> known;

    public UnknownSessionException(String id, List<String> known) {
        super("unknown session '" + id + "'; known sessions: " + String.join(", ", known));
        this.known = known;
    }

    public List<String> known() {
        return known;
    }
}
