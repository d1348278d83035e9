package dev.pitwall.staging.jolpica;

/**
 * A Jolpica call that failed for good: the URL it asked for and why, so the loader can record it.
 * Thrown after retries are spent, when the circuit is open, or at once for a malformed or unexpected page.
 */
public class JolpicaException extends RuntimeException {

    private final String url;
    private final String reason;

    public JolpicaException(String url, String reason, Throwable cause) {
        super("GET " + url + " failed: " + reason, cause);
        this.url = url;
        this.reason = reason;
    }

    public JolpicaException(String url, String reason) {
        this(url, reason, null);
    }

    /** The full URL of the call that failed (with {@code limit} and {@code offset}). */
    public String url() {
        return url;
    }

    /** Why it failed, in words. */
    public String reason() {
        return reason;
    }
}
