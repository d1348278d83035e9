package dev.pitwall.staging.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pitwall.staging.jolpica.JolpicaWireMock;
import dev.pitwall.staging.jolpica.SeasonPlan;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backfill and loads REST resources of the running app, over its warehouse and the recorded replies. */
@QuarkusTest
@WithTestResource(JolpicaWireMock.class)
class BackfillResourceTest {

    @Test
    void invalidBodiesAreRefusedWithAClearMessage() {
        int next = Year.now().getValue() + 1;
        bad("{}", "season is required");
        bad("{\"season\": 1949}", "season must be between 1950 and " + next + ", got 1949");
        bad("{\"season\": " + (next + 1) + "}", "season must be between 1950 and " + next);
        bad("{\"season\": 2023, \"fromRound\": 0}", "fromRound must be 1 or more, got 0");
        bad("{\"season\": 2023, \"toRound\": -2}", "toRound must be 1 or more, got -2");
        bad("{\"season\": 2023, \"fromRound\": 5, \"toRound\": 4}", "fromRound (5) must not be after toRound (4)");
        given().get("/api/backfill/no-such-job").then().statusCode(404).body("error", equalTo("no backfill job no-such-job"));
    }

    @Test
    void aBackfillRunsToItsReportWhoseRequestsEqualTheMinimum() {
        WireMockServer wm = dev.pitwall.staging.load.RecordedJolpicaAccess.serve();

        String id = given().contentType(ContentType.JSON).body("{\"season\": 2023, \"fromRound\": 5, \"toRound\": 5}")
                .post("/api/backfill").then().statusCode(202)
                .header("Location", startsWith("http")).body("state", equalTo("queued"))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String state = given().get("/api/backfill/" + id).then().statusCode(200).extract().path("state");
            return state.equals("ok") || state.equals("failed");
        });
        JsonPath status = given().get("/api/backfill/" + id).then().statusCode(200).extract().jsonPath();
        // 6 per-season units, 6 of round 5 (no sprint); results and driver standings of round 5 are recorded
        assertThat(status.getInt("unitsTotal")).isEqualTo(12);
        assertThat(status.getInt("unitsDone")).isEqualTo(12);
        assertThat(status.getList("failures.unit")).containsExactlyInAnyOrder("2023/5/qualifying", "2023/5/laps",
                "2023/5/pitstops", "2023/5/constructorstandings");
        assertThat(status.getLong("requests")).isEqualTo(wm.getAllServeEvents().size()).isEqualTo(12);
        assertThat(status.getInt("requestsLeftThisHour")).isLessThanOrEqualTo(500 - 12);
        int minimum = SeasonPlan.requestsFor(new SeasonPlan(List.of(22, 1, 22, 10, 22, 9), // totals of 2023_races,
                // _seasons, _drivers, _constructors, _circuits, _status.json; round 5: results 20, driver standings 20
                List.of(new SeasonPlan.Round(20, 0, 0, 0, 0, 20, 0))));
        assertThat(minimum).isEqualTo(8);
        assertThat(status.getInt("minimum")).isEqualTo(minimum);
        assertThat(status.getLong("requestsLoadedUnits")).isEqualTo(minimum);
        assertThat(status.getBoolean("equal")).isTrue();
        assertThat(status.getString("report")).isEqualTo("backfill 2023 rounds 5-5: failed, 12 units (4 failed),"
                + " requests=12; the 8 loaded units took 8 requests, minimum=8 (limit=100), equal");

        given().get("/api/backfill").then().statusCode(200).body("id", hasItem(id));
        given().get("/api/loads").then().statusCode(200)
                .body("loads.kind", hasItem("jolpica 2023/5/results (backfill " + id + ")"))
                .body("errors.url", hasItem(wm.baseUrl() + JolpicaWireMock.PREFIX + "/2023/5/laps.json?limit=100&offset=0"));
    }

    private static void bad(String body, String message) {
        given().contentType(ContentType.JSON).body(body).post("/api/backfill").then().statusCode(400)
                .body("error", startsWith(message));
    }
}
