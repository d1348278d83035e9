package dev.pitwall.staging.dbt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.pitwall.staging.jolpica.JolpicaWireMock;
import dev.pitwall.staging.load.RecordedJolpicaAccess;
import dev.pitwall.staging.warehouse.StagingTables;
import dev.pitwall.staging.warehouse.Warehouse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The acceptance of the dbt runs, through the running service with the real dbt and the fixture project: a
 * backfill is followed by a run over the sources it loaded, shown green by {@code GET /api/dbt} and
 * {@code GET /api/loads}, the mart holding the new round; a bad row makes the fixture's singular test fail, the run
 * is red with the test named, and the service answers on.
 */
@QuarkusTest
@TestProfile(DbtTestProfile.class)
@WithTestResource(JolpicaWireMock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DbtRunsTest {

    @Inject
    Warehouse warehouse;

    @Test
    @Order(1)
    void aBackfillIsFollowedByAGreenRunAndTheMartHoldsTheRound() {
        DbtFixture.executableOrSkip();
        RecordedJolpicaAccess.serve();
        String id = given().contentType(ContentType.JSON).body("{\"season\": 2023, \"fromRound\": 5, \"toRound\": 5}")
                .post("/api/backfill").then().statusCode(202).extract().path("id");
        String trigger = "backfill " + id;

        JsonPath dbt = awaitRun(trigger);
        assertThat(dbt.getString("runs[0].outcome")).as(dbt.getString("runs[0].message")).isEqualTo("green");
        assertThat(dbt.getInt("runs[0].modelsBuilt")).isEqualTo(1);
        assertThat(dbt.getInt("runs[0].testsPassed")).isEqualTo(4);
        assertThat(dbt.getInt("runs[0].testsFailed")).isZero();
        // the first run on this warehouse builds the whole project (the next ones only what the loads changed)
        assertThat(dbt.getString("runs[0].selection")).isEqualTo("everything");
        assertThat(dbt.getList("lastOutput", String.class)).anyMatch(l -> l.contains("Completed successfully"));

        given().get("/api/loads").then().statusCode(200)
                .body("dbt.trigger", equalTo(trigger))
                .body("dbt.outcome", equalTo("green"))
                .body("dbt.runId", equalTo(dbt.getString("runs[0].runId")));
        // the mart holds the round the backfill loaded (20 results of 2023 round 5)
        assertThat(warehouse.select("mart", "SELECT count(*) AS n FROM main.fixture_results WHERE season = 2023"
                + " AND round = 5", List.of())).containsExactly(Map.of("n", 20L));
    }

    @Test
    @Order(2)
    void aFailingTestMakesTheRunRedAndTheServiceAnswersOn() {
        DbtFixture.executableOrSkip();
        warehouse.merge(StagingTables.RESULTS, List.of(DbtRunnerTest.result(2023, 5, DbtFixture.RED_FLAG)));

        given().contentType(ContentType.JSON).body("{\"select\": \"source:jolpica.stg_results+\"}")
                .post("/api/dbt/run").then().statusCode(202)
                .body("trigger", equalTo("api")).body("selection", equalTo("source:jolpica.stg_results+"));
        JsonPath dbt = awaitRun("api");
        assertThat(dbt.getString("runs[0].selection")).isEqualTo("source:jolpica.stg_results+");
        assertThat(dbt.getString("runs[0].outcome")).isEqualTo("red");
        assertThat(dbt.getList("runs[0].failedNodes", String.class)).containsExactly(DbtFixture.RED_FLAG_TEST);
        assertThat(dbt.getInt("runs[0].testsFailed")).isEqualTo(1);
        assertThat(dbt.getInt("runs[0].modelsBuilt")).isEqualTo(1);
        assertThat(dbt.getString("runs[0].message")).contains(DbtFixture.RED_FLAG_TEST + ": Got 1 result");

        given().get("/api/loads").then().statusCode(200).body("dbt.outcome", equalTo("red"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pitwall_dbt_runs_total{outcome=\"red\"} 1.0"));
        given().contentType(ContentType.JSON).body("{\"select\": \"fct_results; rm -rf /\"}").post("/api/dbt/run")
                .then().statusCode(400).body("error", startsWith("not a dbt selector: 'fct_results;'"));
        assertThat(warehouse.recentDbtRuns(10)).extracting(Warehouse.DbtRunRow::outcome).startsWith("red", "green");

        // no body at all: the whole project, red as well
        given().post("/api/dbt/run").then().statusCode(202).body("selection", equalTo("everything"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> warehouse.recentDbtRuns(1).get(0).selection().equals("everything")
                        && warehouse.recentDbtRuns(1).get(0).outcome().equals("red"));
    }

    /** Waits for the newest run to be one of {@code trigger} and nothing to be running or queued; the status then. */
    private static JsonPath awaitRun(String trigger) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath s = given().get("/api/dbt").then().statusCode(200).extract().jsonPath();
            return trigger.equals(s.getString("runs[0].trigger")) && s.get("running") == null && s.get("queued") == null;
        });
        return given().get("/api/dbt").then().statusCode(200).extract().jsonPath();
    }
}
