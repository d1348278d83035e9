package dev.pitwall.timing.replayer;

/** The replayer could not be reached, or did not answer in time; the message says which, and where it was looked for. */
public class ReplayerUnavailableException extends RuntimeException {

    public ReplayerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
