package dev.pitwall.timing.replayer;

/** There is no circuit map for the session: none in the replayer's library, or no session yet. */
public class NoTrackException extends RuntimeException {

    public NoTrackException(String message) {
        super(message);
    }
}
