package dev.pitwall.replayer.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.RepoPaths;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code /api/library}: the 2023 Bahrain GP race imported from a real HTTP archive (WireMock) in the background
 * into {@code replayer/target/test-library}, one import at a time (409 for a second), then listed by
 * {@code GET /api/sessions}; an unknown meeting ends FAILED listing the season; bad bodies are 400s.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ArchiveServerResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportEndpointTest {

    static final String ID = "2023.2023-03-05_Bahrain_Grand_Prix.2023-03-05_Race";
    static final String LABEL = "2023 Bahrain Grand Prix - Race (key 7953)";
    /** The 7 files of the race the test archive holds (see its README). */
    static final long BYTES = 17230 + 1776 + 13025 + 471 + 174 + 89998 + 538;

    @BeforeAll
    static void cleanLibrary() throws IOException {
        Path dir = RepoPaths.root().resolve("replayer/target/test-library");
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    @Order(1)
    void importsTheRaceInTheBackgroundOneImportAtATime() {
        awaitNoImportRunning();
        long t0 = System.nanoTime();
        given().contentType("application/json").body(Map.of("year", 2023, "meeting", "bahrain", "session", "Race"))
                .post("/api/library/import")
                .then().statusCode(202).body("state", equalTo("RUNNING")).body("request", equalTo("2023 bahrain Race"));

        // one file answers after 3 s: the first import is still running
        given().contentType("application/json").body(Map.of("year", 2023, "key", 7953))
                .post("/api/library/import")
                .then().statusCode(409).body("status", equalTo(409)).body("error", containsString("already running"));

        JsonPath done = awaitNoImportRunning();
        System.out.printf("import through the API: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("DONE");
        assertThat(done.getString("session")).isEqualTo(LABEL);
        assertThat(done.getInt("sessionKey")).isEqualTo(7953);
        assertThat(done.getInt("filesDone")).isEqualTo(17).isEqualTo(done.getInt("filesTotal"));
        assertThat(done.getInt("downloaded")).isEqualTo(7);
        assertThat(done.getInt("absent")).isEqualTo(10);
        assertThat(done.getInt("failed")).isZero();
        assertThat(done.getLong("bytes")).isEqualTo(BYTES);
        assertThat(done.getString("lastFile")).isNotBlank();
        assertThat(done.getString("error")).isNull();
        assertThat(done.getString("sessionId")).isEqualTo(ID);

        given().get("/api/sessions").then().statusCode(200).body("id", hasItem(ID));
        given().get("/api/sessions/" + ID).then().statusCode(200)
                .body("id", equalTo(ID)).body("sessionKey", equalTo("7953"))
                .body("meeting", equalTo("Bahrain Grand Prix")).body("name", equalTo("Race"))
                .body("liveTimingTopics", equalTo(List.of("DriverList", "LapCount", "RaceControlMessages",
                        "SessionInfo", "SessionStatus", "TimingAppData", "TrackStatus")));
    }

    @Test
    @Order(2)
    void importingAgainByKeyFetchesNothing() {
        awaitNoImportRunning();
        given().contentType("application/json").body(Map.of("year", 2023, "key", 7953))
                .post("/api/library/import").then().statusCode(202);
        JsonPath done = awaitNoImportRunning();
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("DONE");
        assertThat(done.getInt("downloaded")).isZero();
        assertThat(done.getInt("alreadyPresent")).isEqualTo(7);
        assertThat(done.getString("sessionId")).isEqualTo(ID);
    }

    @Test
    @Order(3)
    void theArchivePickerListsTheSeasonAndWhatIsImported() {
        JsonPath season = given().get("/api/library/archive/2023").then().statusCode(200).extract().jsonPath();
        assertThat(season.getInt("year")).isEqualTo(2023);
        assertThat(season.getList("sessions")).hasSizeGreaterThan(20);
        Map<String, Object> race = season.getMap("sessions.find { it.key == 7953 }");
        assertThat(race).containsEntry("meeting", "Bahrain Grand Prix").containsEntry("name", "Race")
                .containsEntry("path", ArchiveServerResource.RACE).containsEntry("libraryId", ID);
        assertThat(season.getMap("sessions.find { it.key != 7953 && it.path != null }")).containsEntry("libraryId", null);

        given().get("/api/library/archive/1999").then().statusCode(404)
                .body("error", equalTo("the archive has no season index for 1999"));
    }

    @Test
    @Order(4)
    void anUnknownMeetingEndsFailedListingTheSeason() {
        awaitNoImportRunning();
        given().contentType("application/json").body(Map.of("year", 2023, "meeting", "atlantis", "session", "Race"))
                .post("/api/library/import").then().statusCode(202);
        JsonPath failed = awaitNoImportRunning();
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).contains("no session matches meeting 'atlantis', session 'Race'")
                .contains("Bahrain Grand Prix (2023-03-05_Bahrain_Grand_Prix): ")
                .contains("Race [key 7953]").contains("Saudi Arabian Grand Prix");
        assertThat(failed.getString("sessionId")).isNull();
    }

    @Test
    @Order(5)
    void aBadBodyIsA400NamingWhatIsMissing() {
        badBody(Map.of(), "'year'");
        badBody(Map.of("year", 2023, "session", "Race"), "'meeting'");
        badBody(Map.of("year", 2023, "meeting", "bahrain"), "'session'");
        badBody(Map.of("year", 2023, "key", 7953, "meeting", "bahrain"), "not both");
        badBody(Map.of("path", "2023/../../etc/"), "unsafe segment");
        badBody(Map.of("path", "Bahrain/Race/"), "not a session folder");
        given().contentType("application/json").post("/api/library/import").then().statusCode(400)
                .body("error", containsString("{\"path\"}"));
        given().contentType("application/json").body("{\"year\": \"twenty\"}").post("/api/library/import")
                .then().statusCode(400);
    }

    private static void badBody(Map<String, Object> body, String says) {
        given().contentType("application/json").body(body).post("/api/library/import")
                .then().statusCode(400).body("status", equalTo(400)).body("error", containsString(says));
    }

    private static JsonPath awaitNoImportRunning() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING".equals(importStatus().getString("state")));
        return importStatus();
    }

    private static JsonPath importStatus() {
        return given().get("/api/library/import").then().statusCode(200).extract().jsonPath();
    }
}
