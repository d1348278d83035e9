package dev.pitwall.timing.replayer;

/** The replayer answered, but not what was expected (a status or body timing-ws cannot use). */
public class ReplayerErrorException extends RuntimeException {

    public ReplayerErrorException(String message) {
        super(message);
    }
}
