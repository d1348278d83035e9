package dev.pitwall.replayer.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Logger;

/**
 * Fetches files from the live-timing archive over HTTP with the JDK client: bounded retries with backoff on
 * 5xx, 429, I/O errors and stalled transfers; 404, 410 and 403 (what the S3-backed archive answers for a missing key) mean the
 * file is absent. Bodies are handed over byte for byte (no content decoding is asked for).
 */
public final class ArchiveClient {

    private static final Logger LOG = Logger.getLogger(ArchiveClient.class.getName());
    private static final String USER_AGENT = "pitwall-archive-importer/1";

    private final ArchiveConfig config;
    private final HttpClient http;

    public ArchiveClient(ArchiveConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build());
    }

    public ArchiveClient(ArchiveConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    public ArchiveConfig config() {
        return config;
    }

    /** The URL of a path inside the archive (non-ASCII and reserved characters percent-encoded). */
    public URI urlOf(String relativePath) {
        return URI.create(config.baseUrl() + ArchivePaths.urlEncode(relativePath));
    }

    /** Reads a response body; an {@link IOException} means the transfer broke and the request is retried. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body, long contentLength) throws IOException;
    }

    /** What a GET brought back: the URL, its final status, and the read body (null when the file is absent). */
    public record Fetched<T>(URI url, int status, T body) {

        public boolean present() {
            return body != null;
        }
    }

    /** The whole body of a small file (an index); {@link Fetched#present()} is false when the archive lacks it. */
    public Fetched<byte[]> fetchBytes(String relativePath) {
        return get(relativePath, (in, len) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(len > 0 ? (int) Math.min(len, 1 << 24) : 8192);
            in.transferTo(out);
            checkLength(out.size(), len);
            return out.toByteArray();
        });
    }

    /**
     * GETs {@code relativePath} and hands a 200 body to {@code reader}; the result has no body when the archive
     * lacks the file. Throws {@link ImportException} naming the URL when every attempt failed or the answer was unusable.
     */
    public <T> Fetched<T> get(String relativePath, BodyReader<T> reader) {
        URI url = urlOf(relativePath);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.requestTimeout())
                .header("User-Agent", USER_AGENT).GET().build();
        String lastProblem = "no attempt made";
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            StallGuard guard = null;
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                try (InputStream body = response.body()) {
                    guard = new StallGuard(body, config.requestTimeout());
                    if (status == 200) {
                        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                        return new Fetched<>(url, status, reader.read(guard.stream(), length));
                    }
                    guard.stream().transferTo(OutputStream.nullOutputStream());
                } finally {
                    if (guard != null) {
                        guard.close();
                    }
                }
                if (status == 404 || status == 410 || status == 403) {
                    return new Fetched<>(url, status, null);
                }
                if (status < 500 && status != 429) {
                    throw new ImportException("GET " + url + " failed: HTTP " + status);
                }
                lastProblem = "HTTP " + status;
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ImportException("interrupted while fetching " + url, e);
                }
                lastProblem = guard != null && guard.stalled()
                        ? "no data for " + config.requestTimeout().toMillis() + " ms" : e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportException("interrupted while fetching " + url, e);
            }
            if (attempt < config.maxAttempts()) {
                long waitMs = config.backoffAfter(attempt).toMillis();
                LOG.warning("GET " + url + ": " + lastProblem + "; attempt " + attempt + " of "
                        + config.maxAttempts() + ", retrying in " + waitMs + " ms");
                sleep(waitMs, url);
            }
        }
        throw new ImportException("GET " + url + " failed after " + config.maxAttempts() + " attempts: " + lastProblem);
    }

    /** Fails a transfer that ended short of (or beyond) its announced Content-Length. */
    static void checkLength(long received, long announced) throws IOException {
        if (announced >= 0 && received != announced) {
            throw new IOException("body ended after " + received + " of " + announced + " bytes");
        }
    }

    private static void sleep(long ms, URI url) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted while waiting to retry " + url, e);
        }
    }
}
