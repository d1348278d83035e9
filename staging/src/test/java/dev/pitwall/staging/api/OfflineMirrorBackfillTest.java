package dev.pitwall.staging.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.pitwall.staging.warehouse.Warehouse;
import dev.pitwall.testkit.RepoPaths;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local stack's case: staging reads the offline mirror bundled in {@code data/jolpica}, which has the
 * bundled race's results but not the 2025 schedule. A backfill of round 1 loads what the mirror holds and
 * names everything it lacks.
 */
@QuarkusTest
@TestProfile(OfflineMirrorBackfillTest.Offline.class)
class OfflineMirrorBackfillTest {

    public static class Offline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitwall.jolpica.url", RepoPaths.root().resolve("data/jolpica").toUri().toString(),
                    "pitwall.warehouse.duckdb.path", "target/test-data/offline-mirror.duckdb");
        }
    }

    @Inject
    Warehouse warehouse;

    @Test
    void aBackfillOfTheBundledRoundLoadsItsRecordedResultsWithoutTheSchedule() {
        String id = given().contentType(ContentType.JSON).body("{\"season\": 2025, \"fromRound\": 1, \"toRound\": 1}")
                .post("/api/backfill").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String state = given().get("/api/backfill/" + id).then().statusCode(200).extract().path("state");
            return state.equals("ok") || state.equals("failed");
        });
        JsonPath status = given().get("/api/backfill/" + id).then().statusCode(200).extract().jsonPath();

        // the schedule, 5 other per-season lists and 6 of the 7 round endpoints are not recorded for 2025
        assertThat(status.getString("state")).isEqualTo("failed");
        assertThat(status.getList("failures.unit", String.class)).contains("2025/races", "2025/1/qualifying",
                "2025/1/laps", "2025/1/pitstops", "2025/1/driverstandings").doesNotContain("2025/1/results");
        assertThat(status.getList("failures.reason", String.class))
                .allSatisfy(reason -> assertThat(reason).contains("not in the offline Jolpica mirror"));
        assertThat(warehouse.count("stg_results")).isEqualTo(20);
        given().get("/api/loads").then().statusCode(200)
                .body("loads.find { it.kind.startsWith('jolpica 2025/1/results') }.outcome", equalTo("ok"));
    }
}
