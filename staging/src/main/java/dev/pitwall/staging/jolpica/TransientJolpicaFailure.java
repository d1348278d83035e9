package dev.pitwall.staging.jolpica;

/** A failure worth retrying (429, 5xx, timeout, I/O); only this type is retried and counted by the breaker. */
class TransientJolpicaFailure extends RuntimeException {

    private final String url;

    TransientJolpicaFailure(String url, String reason, Throwable cause) {
        super("GET " + url + ": " + reason, cause);
        this.url = url;
    }

    String url() {
        return url;
    }

    /** A 429: retried after its {@code Retry-After}, but not a fault of the server, so the breaker skips it. */
    static final class Throttled extends TransientJolpicaFailure {
        Throttled(String url, String reason) {
            super(url, reason, null);
        }
    }
}
