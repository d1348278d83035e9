package dev.pitwall.replayer.library;

import java.net.URI;
import java.time.Duration;

/**
 * Where the archive is and how patiently to fetch from it: base URL, connect timeout, time allowed until the
 * response headers arrive and then between two pieces of the body, attempts per file (first try included) and the backoff between them (doubling,
 * capped at {@code maxBackoff}).
 */
public record ArchiveConfig(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff) {

    /** F1's public live-timing archive. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://livetiming.formula1.com/static/");

    public ArchiveConfig {
        String base = baseUrl.toString();
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new ImportException("archive base URL must be http(s): " + base);
        }
        baseUrl = base.endsWith("/") ? baseUrl : URI.create(base + "/");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
    }

    /** The public archive, 10 s to connect, 30 s to the headers (and between body pieces), 4 attempts, backoff 0.5 s doubling to 8 s. */
    public static ArchiveConfig defaults() {
        return new ArchiveConfig(DEFAULT_BASE_URL, Duration.ofSeconds(10), Duration.ofSeconds(30), 4,
                Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    public ArchiveConfig withBaseUrl(String url) {
        return new ArchiveConfig(URI.create(url), connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                maxBackoff);
    }

    public ArchiveConfig withRetries(int attempts, Duration initial, Duration max) {
        return new ArchiveConfig(baseUrl, connectTimeout, requestTimeout, attempts, initial, max);
    }

    public ArchiveConfig withTimeouts(Duration connect, Duration request) {
        return new ArchiveConfig(baseUrl, connect, request, maxAttempts, initialBackoff, maxBackoff);
    }

    /** The backoff before attempt {@code attempt + 1}. */
    Duration backoffAfter(int attempt) {
        long ms = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }
}
