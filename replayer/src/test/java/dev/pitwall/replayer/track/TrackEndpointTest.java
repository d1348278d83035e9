package dev.pitwall.replayer.track;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.RepoPaths;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/sessions/{id}/track}: the bundled race's circuit map, read once and kept; a 404 naming a session
 * without a track and one listing the known sessions for an unknown id; a 422 naming a corrupt track file.
 * The sessions without a (good) track are made for the test in the test library folder and removed after.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class TrackEndpointTest {

    static final String RACE = "2025-australian-grand-prix-race";
    static final Path FIXTURES = RepoPaths.root().resolve("replayer/target/test-library/track-test");
    static final String NO_TRACK = "track-test.no-track";
    static final String BAD_TRACK = "track-test.bad-track";

    @Inject
    TrackLibrary tracks;

    @BeforeAll
    static void makeSessions() throws IOException {
        delete(FIXTURES);
        for (String name : List.of("no-track", "bad-track")) {
            Path dir = Files.createDirectories(FIXTURES.resolve(name));
            try (InputStream in = TrackEndpointTest.class.getResourceAsStream("/livetiming/2025-miami-sprint/SessionInfo.jsonStream.gz")) {
                Files.copy(in, dir.resolve("SessionInfo.jsonStream.gz"));
            }
        }
        Path track = Files.createDirectories(FIXTURES.resolve("bad-track/track"));
        Files.writeString(track.resolve("outline_xy.json"), "[[0, 0],\n[1, 1],\n[2, ");
    }

    @AfterAll
    static void removeSessions() throws IOException {
        delete(FIXTURES);
    }

    @Test
    void theBundledRaceHasItsOutlineAndCorners() {
        JsonPath body = given().get("/api/sessions/" + RACE + "/track").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertThat(body.getString("session")).isEqualTo(RACE);
        assertThat(body.getList("outline")).hasSize(631);
        List<Float> first = body.getList("outline[0]");
        assertThat(first).hasSize(2);
        assertThat(body.getList("corners")).hasSize(14);
        assertThat(body.getInt("corners[0].number")).isEqualTo(1);
        assertThat(body.getDouble("corners[0].x")).isNotNull();
        assertThat(body.getDouble("corners[0].angle")).isNotNull();
        assertThat(body.getString("source")).isEqualTo("track/outline_xy.json");
        assertThat(body.getString("cornersSource")).isEqualTo("track/corners.json");
        assertThat(body.getDouble("metresPerUnit")).isEqualTo(0.1);
        // read once, then kept
        assertThat(tracks.track(RACE)).isSameAs(tracks.track(RACE));
    }

    @Test
    void aSessionWithoutTrackIsA404NamingIt() {
        given().get("/api/sessions/" + NO_TRACK).then().statusCode(200);
        given().get("/api/sessions/" + NO_TRACK + "/track").then().statusCode(404).contentType("application/json")
                .body("status", equalTo(404))
                .body("error", equalTo("session '" + NO_TRACK + "' has no track outline (no track/outline_xy.json in its folder)"));
    }

    @Test
    void anUnknownSessionIsA404ListingTheKnownOnes() {
        given().get("/api/sessions/nope/track").then().statusCode(404).contentType("application/json")
                .body("error", containsString("unknown session 'nope'")).body("known", hasItem(RACE));
    }

    @Test
    void aCorruptTrackIsA422NamingTheFileAndLine() {
        given().get("/api/sessions/" + BAD_TRACK + "/track").then().statusCode(422).contentType("application/json")
                .body("error", containsString("outline_xy.json:3: not JSON"))
                .body("file", containsString("bad-track")).body("line", equalTo(3));
    }

    @Test
    void openApiDocumentsIt() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/sessions/{id}/track'.get", notNullValue());
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
