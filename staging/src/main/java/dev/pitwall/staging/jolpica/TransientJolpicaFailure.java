package dev.pitwall.staging.jolpica;

/** A failure worth retrying (429, 5xx, timeout, I/O); only this type is retried and counted by the breaker. */
final class TransientJolpicaFailure extends RuntimeException {

    private final String url;

    TransientJolpicaFailure(String url, String reason, Throwable cause) {
        super("GET " + url + ": " + reason, cause);
        this.url = url;
    }

    String url() {
        return url;
    }
}
