package dev.pitwall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.pitwall.testkit.RepoPaths;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A race imported from F1's archive and replayed, all through timing-ws as a deployment does it (the replayer is
 * private there, and viewer control is off). The archive is a real HTTP server over the replayer's test copy of
 * the 2023 Bahrain race (7 recorded topic files; the archive's other topics answer 404, as missing); the replayer
 * and timing-ws are the packaged services on a real broker.
 */
class ArchiveImportTest {

    static final Path ARCHIVE = RepoPaths.root().resolve("replayer/src/test/resources/archive");
    static final String SELECTOR = "{\"year\": 2023, \"meeting\": \"Bahrain Grand Prix\", \"session\": \"Race\"}";

    static HttpServer archive;
    static final List<String> served = Collections.synchronizedList(new ArrayList<>());
    static Stack stack;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void up() throws Exception {
        archive = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        archive.createContext("/static/", exchange -> {
            String relative = exchange.getRequestURI().getPath().substring("/static/".length());
            byte[] body = file(relative);
            served.add(relative + " " + (body == null ? 404 : 200));
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        archive.start();
        String base = "http://127.0.0.1:" + archive.getAddress().getPort() + "/static/";
        stack = Stack.start(Map.of("PITWALL_LIBRARY_ARCHIVE_BASE_URL", base), Map.of("TIMING_VIEWER_CONTROL", "false"));
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.close();
        }
        if (archive != null) {
            archive.stop(0);
        }
    }

    /** A file of the test archive as the archive serves it (the gzipped index decompressed), or null. */
    private static byte[] file(String relative) throws IOException {
        if (relative.contains("..")) {
            return null;
        }
        Path f = ARCHIVE.resolve(relative);
        Path gz = ARCHIVE.resolve(relative + ".gz");
        if (Files.isRegularFile(f)) {
            return Files.readAllBytes(f);
        }
        if (Files.isRegularFile(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return in.readAllBytes();
            }
        }
        return null;
    }

    @Test
    void aRaceIsImportedAndReplayedThroughTimingWs() throws Exception {
        HttpResponse<String> season = call("GET", "/api/control/library/archive/2023", null, null);
        assertThat(season.statusCode()).as(season.body()).isEqualTo(200);
        JsonNode race = null;
        for (JsonNode s : json.readTree(season.body()).path("sessions")) {
            if (s.path("key").asInt() == 7953) {
                race = s;
            }
        }
        assertThat(race).as("2023 Bahrain race in " + season.body()).isNotNull();
        assertThat(race.path("meeting").asText()).isEqualTo("Bahrain Grand Prix");
        assertThat(race.path("libraryId").isNull() || race.path("libraryId").isMissingNode()).isTrue();

        HttpResponse<String> refused = call("POST", "/api/control/library/import", null, SELECTOR);
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongToken = call("POST", "/api/control/library/import", "Bearer wrong", SELECTOR);
        assertThat(wrongToken.statusCode()).as(wrongToken.body()).isEqualTo(401);

        HttpResponse<String> started = call("POST", "/api/control/library/import", "Bearer " + stack.controlToken(), SELECTOR);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

        AtomicReference<JsonNode> done = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode status = json.readTree(call("GET", "/api/control/library/import", null, null).body());
            assertThat(status.path("state").asText()).as(status.toString()).isIn("DONE", "FAILED");
            done.set(status);
        });
        JsonNode status = done.get();
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.path("downloaded").asInt()).isEqualTo(7);
        assertThat(status.path("failed").asInt()).isZero();
        String id = status.path("sessionId").asText();
        assertThat(id).isNotBlank();
        assertThat(served).anyMatch(s -> s.startsWith("2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/TimingAppData.jsonStream 200"));

        JsonNode sessions = json.readTree(call("GET", "/api/control/sessions", null, null).body());
        assertThat(sessions.findValuesAsText("id")).contains(id, Stack.BUNDLED_RACE);
        HttpResponse<String> listed = call("GET", "/api/control/library/archive/2023", null, null);
        assertThat(listed.body()).contains("\"libraryId\":\"" + id + "\"");

        HttpResponse<String> replay = call("POST", "/api/control/start", "Bearer " + stack.controlToken(),
                "{\"session\": \"" + id + "\", \"speed\": \"max\"}");
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String state = call("GET", "/api/state", null, null).body();
            assertThat(state).contains("\"sessionKey\":\"7953\"");
        });
    }

    private HttpResponse<String> call(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(stack.timing().baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
