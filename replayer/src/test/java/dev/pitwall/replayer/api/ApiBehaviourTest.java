package dev.pitwall.replayer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The REST API's answers: the session list, a 404 that lists the known sessions, 400s that say what is wrong
 * with a start, 409 for a pause with nothing running, and health, OpenAPI and metrics.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ApiBehaviourTest {

    static final String RACE = "2025-australian-grand-prix-race";

    @Test
    void sessionsListTheBundledRace() {
        JsonPath sessions = given().get("/api/sessions").then().statusCode(200).extract().jsonPath();
        Map<String, Object> race = sessions.getMap("find { it.id == '" + RACE + "' }");
        assertThat(race).as(sessions.prettify()).isNotNull()
                .containsEntry("meeting", "Australian Grand Prix").containsEntry("sessionKey", "9693")
                .containsEntry("name", "Race");
    }

    @Test
    void anUnknownSessionIsA404ListingTheKnownOnes() {
        given().get("/api/sessions/nope").then().statusCode(404).contentType("application/json")
                .body("status", equalTo(404)).body("error", containsString("unknown session 'nope'"))
                .body("known", hasItem(RACE));
    }

    @Test
    void aSpeedOutOfRangeIsA400NamingTheRange() {
        given().contentType("application/json").body(Map.of("session", RACE, "speed", "7000"))
                .post("/api/replay/start").then().statusCode(400)
                .body("error", equalTo("speed 7000 is out of range: give a factor from 0.25 to 100, or 'max'"));
    }

    @Test
    void aLapTheSessionLacksIsA400NamingItsLaps() {
        given().contentType("application/json").body(Map.of("session", RACE, "fromLap", 99))
                .post("/api/replay/start").then().statusCode(400)
                .body("error", equalTo("session " + RACE + " has no lap 99 (it has laps 1 to 57)"));
    }

    @Test
    void aStartWithoutBodyIsA400() {
        // an empty JSON body
        given().contentType("application/json").post("/api/replay/start").then().statusCode(400)
                .body("error", containsString("'session'"));
        // no Content-Type at all: 415, with a JSON answer saying what to send
        given().post("/api/replay/start").then().statusCode(415).contentType("application/json")
                .body("error", containsString("Content-Type: application/json"));
    }

    @Test
    void pauseWithNothingRunningIsA409() {
        given().post("/api/replay/stop").then().statusCode(200);
        given().post("/api/replay/pause").then().statusCode(409)
                .body("status", equalTo(409)).body("error", equalTo("no replay is running: start one first"));
    }

    @Test
    void theStatusSaysNoTokenIsNeeded() {
        given().get("/api/replay").then().statusCode(200).body("controlTokenRequired", equalTo(false));
    }

    @Test
    void healthIsUpWithTheKafkaCheck() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name.toLowerCase().contains('kafka') }.status", equalTo("UP"));
    }

    @Test
    void openApiDocumentsTheControlEndpoints() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/replay/start'.post", notNullValue())
                .body("paths.'/api/library/import'.post", notNullValue())
                .body("paths.'/api/sessions/{id}'.get", notNullValue());
    }

    @Test
    void metricsCountTheRecordsOfAReplay() {
        given().contentType("application/json").body(Map.of("session", RACE, "speed", "max", "fromLap", 56))
                .post("/api/replay/start").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/replay").then().extract().path("state").equals("FINISHED"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("pitwall_replay_records_total\\{[^}]*topic=\"pitwall.car-samples\"[^}]*} [1-9]")
                .contains("pitwall_replay_lag_ms");
    }
}
