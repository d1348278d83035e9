package dev.pitwall.timing.replayer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.timing.state.RaceState;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment without viewer control, whose replayer is down: a control call without Authorization is a 403
 * said by timing-ws itself (it never tries the replayer, which would be a 503), one with the header is tried and
 * is a 503 naming the replayer's URL, and the track and the control summary say the replayer cannot be reached.
 */
@QuarkusTest
@TestProfile(ViewerControlOffTest.Off.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ViewerControlOffTest {

    /** Viewer control off; the replayer URL a port nothing listens on. */
    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timing.viewer.control", "false", "pitwall.replayer.url", "http://127.0.0.1:" + closedPort());
        }
    }

    @Inject
    RaceState state;

    @Inject
    ReplayerConfig config;

    @Test
    void aCallWithoutAuthorizationIsRefusedHere() {
        for (String action : new String[] {"pause", "resume", "speed?value=2", "seek?lap=3", "start", "library/import"}) {
            given().contentType("application/json").body("{\"session\":\"2025-australian-grand-prix-race\"}")
                    .post("/api/control/" + action).then().statusCode(403).contentType("application/json")
                    .body("error", equalTo("viewers may not control the replay here (TIMING_VIEWER_CONTROL is off): "
                            + "send the replayer's control token as 'Authorization: Bearer <token>'"));
        }
    }

    @Test
    void aCallWithAuthorizationIsTriedAndTheReplayerIsDown() {
        given().header("Authorization", "Bearer t").post("/api/control/pause").then().statusCode(503)
                .contentType("application/json")
                .body("error", containsString("the replayer at " + config.url() + " cannot be reached (POST /api/replay/pause)"));
        given().get("/api/control/status").then().statusCode(503).body("error", containsString(config.url()));
        given().header("Authorization", "Bearer t").contentType("application/json").body("{\"year\":2024,\"key\":9472}")
                .post("/api/control/library/import").then().statusCode(503)
                .body("error", containsString("the replayer at " + config.url() + " cannot be reached (POST /api/library/import)"));
        given().get("/api/control/library/archive/2024").then().statusCode(503).body("error", containsString(config.url()));
    }

    @Test
    void theControlSummarySaysSo() {
        given().get("/api/control").then().statusCode(200)
                .body("viewerControl", equalTo(false))
                .body("replayerReachable", equalTo(false))
                .body("tokenRequired", nullValue());
    }

    @Test
    void theTrackIsA503WhenThereIsASession() {
        state.apply(new RaceEvent("9693", 1, Instant.parse("2025-03-16T04:00:00Z"), 1000, RaceEvent.Type.LAP_COUNT,
                null, null, new RaceEvent.LapCount(1, 57), null, null, null, null, null));
        given().get("/api/track").then().statusCode(503).body("error", containsString("cannot be reached"));
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
