package dev.pitwall.staging.sink;

/**
 * A record the sink cannot store: it goes to the dead-letter topic with {@link #reason()} and the detail. It names
 * the session and car the record gave before it turned out unreadable, where it gave them (for the log).
 */
public class PoisonRecordException extends Exception {

    private final String reason;
    private final String detail;
    private final String sessionKey;
    private final String car;

    public PoisonRecordException(String reason, String detail) {
        this(reason, detail, null, null);
    }

    private PoisonRecordException(String reason, String detail, String sessionKey, String car) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
        this.sessionKey = sessionKey;
        this.car = car;
    }

    /** The same failure, naming the session and car read so far (null when not read). */
    PoisonRecordException about(String sessionKey, String car) {
        PoisonRecordException named = new PoisonRecordException(reason, detail, sessionKey, car);
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** A short stable code: {@code not-json}, {@code missing-field}, {@code wrong-type}, {@code bad-value}. */
    public String reason() {
        return reason;
    }

    /** The record's session key as far as it could be read, or null. */
    public String sessionKey() {
        return sessionKey;
    }

    /** The record's car as far as it could be read, or null. */
    public String car() {
        return car;
    }
}
