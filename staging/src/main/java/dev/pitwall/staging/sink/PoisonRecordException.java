package dev.pitwall.staging.sink;

/** A record the sink cannot store: it goes to the dead-letter topic with {@link #reason()} and the detail. */
public class PoisonRecordException extends Exception {

    private final String reason;

    public PoisonRecordException(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    /** A short stable code: {@code not-json}, {@code missing-field}, {@code wrong-type}, {@code bad-value}. */
    public String reason() {
        return reason;
    }
}
