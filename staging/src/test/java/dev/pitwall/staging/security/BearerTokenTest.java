package dev.pitwall.staging.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a token configured, mutating calls need it; reads, health and metrics stay open. */
@QuarkusTest
@TestProfile(BearerTokenTest.WithToken.class)
class BearerTokenTest {

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitwall.api.token", "t0ken");
        }
    }

    /** A mutating endpoint that exists only in this test, so the filter is checked on its own. */
    @Path("/api/token-probe")
    public static class Probe {
        @POST
        public String post() {
            return "done";
        }

        @GET
        public String get() {
            return "read";
        }
    }

    @Test
    void aMutatingCallWithoutTheTokenIsRefusedNamingWhatItNeeds() {
        given().post("/api/token-probe").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("error", containsString("POST /api/token-probe needs 'Authorization: Bearer <token>'"));
    }

    @Test
    void theBackfillEndpointDemandsTheToken() {
        given().contentType("application/json").body(Map.of("season", 2023, "fromRound", 1, "toRound", 1))
                .post("/api/backfill").then().statusCode(401)
                .body("error", containsString("POST /api/backfill needs 'Authorization: Bearer <token>'"));
        // with the token, the request gets past the filter to the endpoint's own validation
        given().header("Authorization", "Bearer t0ken").contentType("application/json")
                .body(Map.of("season", 1900)).post("/api/backfill").then().statusCode(400);
    }

    @Test
    void theDbtRunEndpointDemandsTheTokenAndItsStatusStaysOpen() {
        given().post("/api/dbt/run").then().statusCode(401)
                .body("error", containsString("POST /api/dbt/run needs 'Authorization: Bearer <token>'"));
        // with the token the call reaches the endpoint, which says dbt runs are off in this profile
        given().header("Authorization", "Bearer t0ken").post("/api/dbt/run").then().statusCode(409)
                .body("error", equalTo("dbt runs are off (PITWALL_DBT_ENABLED=false)"));
        given().get("/api/dbt").then().statusCode(200).body("enabled", equalTo(false));
    }

    @Test
    void aWrongTokenIsRefusedAndTheRightOneAccepted() {
        given().header("Authorization", "Bearer nope").post("/api/token-probe").then().statusCode(401)
                .body("error", equalTo("the bearer token is wrong"));
        given().header("Authorization", "Bearer t0ken").post("/api/token-probe").then().statusCode(200)
                .body(equalTo("done"));
    }

    @Test
    void readsHealthAndMetricsStayOpen() {
        given().get("/api/token-probe").then().statusCode(200).body(equalTo("read"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
