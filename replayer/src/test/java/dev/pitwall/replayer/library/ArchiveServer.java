package dev.pitwall.replayer.library;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A real HTTP server (WireMock) serving a folder laid out like the live-timing archive under {@code /static/}:
 * one stub per file ({@code X.gz} served decompressed as {@code X}); anything else answers 404.
 */
final class ArchiveServer implements AutoCloseable {

    static final String PREFIX = "/static/";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final Map<String, byte[]> files = new TreeMap<>();

    /** Serves the files of season folders ({@code 19xx}/{@code 20xx}) under {@code root}. */
    static ArchiveServer serving(Path root) {
        ArchiveServer s = empty();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).forEach(f -> {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (rel.matches("\\d{4}/.*")) {
                    s.serve(rel.endsWith(".gz") ? rel.substring(0, rel.length() - 3) : rel, read(f));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    /** A started server with no files yet. */
    static ArchiveServer empty() {
        ArchiveServer s = new ArchiveServer();
        s.server.start();
        s.missingFilesAnswer(404, "");
        return s;
    }

    /** The test copy in {@code src/test/resources/archive}. */
    static Path bundledArchive() {
        try {
            return Path.of(ArchiveServer.class.getResource("/archive/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return server.baseUrl() + PREFIX;
    }

    WireMockServer wireMock() {
        return server;
    }

    /** Archive path → bytes served. */
    Map<String, byte[]> files() {
        return files;
    }

    byte[] bytes(String archivePath) {
        return files.get(archivePath);
    }

    void serve(String archivePath, byte[] body) {
        files.put(archivePath, body);
        server.stubFor(get(urlEqualTo(url(archivePath))).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** Answers {@code archivePath} with {@code response} instead of the file, until removed. */
    StubMapping override(String archivePath, ResponseDefinitionBuilder response) {
        return server.stubFor(get(urlEqualTo(url(archivePath))).atPriority(1).willReturn(response));
    }

    void removeOverride(StubMapping stub) {
        server.removeStub(stub);
    }

    /** How the server answers paths it has no file for (404 by default; the real S3 origin says 403). */
    void missingFilesAnswer(int status, String body) {
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    /** GETs of {@code archivePath} in the request journal. */
    int requestsFor(String archivePath) {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo(url(archivePath))).build()).getCount();
    }

    static String url(String archivePath) {
        return PREFIX + ArchivePaths.urlEncode(archivePath);
    }

    @Override
    public void close() {
        server.stop();
    }

    private static byte[] read(Path f) {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
                : Files.newInputStream(f)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
