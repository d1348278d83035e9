package dev.pitwall.timing.replayer;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.RepoPaths;
import dev.pitwall.timing.state.RaceState;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * timing-ws in front of a stand-in replayer (a real HTTP server): the track of the session in the race state,
 * found by session key and kept; control calls passed on with the caller's Authorization header and answered with
 * the replayer's own status and body (401 included); a replayer too slow to answer is a 503.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(ReplayerStub.class)
class ReplayerProxyTest {

    static final String RACE = "2025-australian-grand-prix-race";
    static final Path TRACK = RepoPaths.bundledRaces().resolve(RACE).resolve("track");

    @ReplayerStub.Server
    WireMockServer replayer;

    @Inject
    RaceState state;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void reset() {
        replayer.resetAll();
    }

    /** Makes {@code sessionKey} the session of the race state (a record of another session clears it first). */
    private void sessionInState(String sessionKey) {
        state.apply(new RaceEvent(sessionKey, 1, Instant.parse("2025-03-16T04:00:00Z"), 1000, RaceEvent.Type.LAP_COUNT,
                null, null, new RaceEvent.LapCount(1, 57), null, null, null, null, null));
    }

    private String status(String session, String sessionKey, boolean tokenRequired) {
        return "{\"state\":\"RUNNING\",\"session\":\"" + session + "\",\"sessionKey\":\"" + sessionKey
                + "\",\"speed\":\"1\",\"lap\":12,\"controlTokenRequired\":" + tokenRequired + "}";
    }

    /** The bundled race's track as the replayer serves it. */
    private String trackBody(String id) throws Exception {
        ObjectNode body = json.createObjectNode();
        body.put("session", id);
        body.set("outline", json.readTree(Files.readString(TRACK.resolve("outline_xy.json"))));
        body.putArray("corners").addObject().put("number", 1).put("x", -3650.6).put("y", 1193.8).put("angle", -176.6);
        body.put("source", "track/outline_xy.json");
        return body.toString();
    }

    @Test
    void theTrackOfThePlayingSessionIsFetchedOnceAndKept() throws Exception {
        sessionInState("9693");
        replayer.stubFor(get("/api/replay").willReturn(okJson(status(RACE, "9693", false))));
        replayer.stubFor(get("/api/sessions/" + RACE + "/track").willReturn(okJson(trackBody(RACE))));

        JsonPath track = given().get("/api/track").then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(track.getString("session")).isEqualTo(RACE);
        assertThat(track.getString("sessionKey")).isEqualTo("9693");
        assertThat(track.getList("outline")).hasSize(
                json.readTree(Files.readString(TRACK.resolve("outline_xy.json"))).size());
        assertThat(track.getInt("corners[0].number")).isEqualTo(1);
        assertThat(track.getString("source")).isEqualTo("track/outline_xy.json");

        given().get("/api/track").then().statusCode(200);
        replayer.verify(1, getRequestedFor(urlPathEqualTo("/api/sessions/" + RACE + "/track")));
    }

    @Test
    void aSessionKeyIsMappedToTheReplayersIdThroughItsLibrary() {
        sessionInState("7953");
        String id = "2023.2023-03-05_Bahrain_Grand_Prix.2023-03-05_Race";
        replayer.stubFor(get("/api/replay").willReturn(okJson(status(RACE, "9693", false))));
        replayer.stubFor(get("/api/sessions").willReturn(okJson("[{\"id\":\"" + RACE + "\",\"sessionKey\":\"9693\"},"
                + "{\"id\":\"" + id + "\",\"sessionKey\":\"7953\"}]")));
        replayer.stubFor(get("/api/sessions/" + id + "/track").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":404,\"error\":\"session '" + id + "' has no track outline (no track/outline_xy.json in its folder)\"}")));

        given().get("/api/track").then().statusCode(404).contentType("application/json")
                .body("error", org.hamcrest.Matchers.equalTo("session '" + id + "' has no track outline (no track/outline_xy.json in its folder)"));
        replayer.verify(1, getRequestedFor(urlPathEqualTo("/api/sessions/" + id + "/track")));
    }

    @Test
    void aSessionTheReplayerLacksHasNoTrack() {
        sessionInState("1234");
        replayer.stubFor(get("/api/replay").willReturn(okJson(status(RACE, "9693", false))));
        replayer.stubFor(get("/api/sessions").willReturn(okJson("[{\"id\":\"" + RACE + "\",\"sessionKey\":\"9693\"}]")));
        given().get("/api/track").then().statusCode(404)
                .body("error", containsString("has no session with key 1234"));
    }

    @Test
    void controlSaysWhatTheViewMayOffer() {
        replayer.stubFor(get("/api/replay").willReturn(okJson(status(RACE, "9693", true))));
        given().get("/api/control").then().statusCode(200)
                .body("viewerControl", org.hamcrest.Matchers.equalTo(true))
                .body("tokenRequired", org.hamcrest.Matchers.equalTo(true))
                .body("replayerReachable", org.hamcrest.Matchers.equalTo(true));
        replayer.stubFor(get("/api/replay").willReturn(okJson(status(RACE, "9693", false))));
        given().get("/api/control").then().statusCode(200).body("tokenRequired", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aControlCallGoesOnWithTheCallersAuthorizationUnchanged() {
        String answer = status(RACE, "9693", true).replace("RUNNING", "PAUSED");
        replayer.stubFor(post("/api/replay/pause").willReturn(okJson(answer)));
        String body = given().header("Authorization", "Bearer s3cret token").post("/api/control/pause").then()
                .statusCode(200).contentType("application/json").extract().asString();
        assertThat(body).isEqualTo(answer);
        replayer.verify(1, postRequestedFor(urlPathEqualTo("/api/replay/pause"))
                .withHeader("Authorization", equalTo("Bearer s3cret token")));

        // viewers may control here: a call without the header goes on without one
        replayer.stubFor(post("/api/replay/resume").willReturn(okJson(status(RACE, "9693", false))));
        given().post("/api/control/resume").then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("RUNNING"));
        replayer.verify(1, postRequestedFor(urlPathEqualTo("/api/replay/resume")).withHeader("Authorization", absent()));
    }

    @Test
    void controlPostedFromAnotherSiteIsRefusedAndTheRaceViewsOwnGoesOn() {
        replayer.stubFor(post("/api/replay/pause").willReturn(okJson(status(RACE, "9693", true))));
        String error = given().header("Origin", "http://evil.example").post("/api/control/pause").then()
                .statusCode(403).contentType("application/json").extract().jsonPath().getString("error");
        assertThat(error).contains("http://evil.example").contains("TIMING_WS_ALLOWED_ORIGINS");
        replayer.verify(0, postRequestedFor(urlPathEqualTo("/api/replay/pause")));

        given().header("Origin", "http://localhost:" + io.restassured.RestAssured.port).post("/api/control/pause").then()
                .statusCode(200);
        // listed by name in the allow-list (the test profile lists http://localhost:8080)
        given().header("Origin", "http://localhost:8080").post("/api/control/pause").then().statusCode(200);
        replayer.verify(2, postRequestedFor(urlPathEqualTo("/api/replay/pause")));
    }

    @Test
    void theReplayers401And409ComeBackAsTheyAre() {
        String wrong = "{\"status\":401,\"error\":\"the control token is wrong\"}";
        replayer.stubFor(post("/api/replay/resume").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(wrong)));
        String body = given().header("Authorization", "Bearer nope").post("/api/control/resume").then().statusCode(401)
                .contentType("application/json").extract().asString();
        assertThat(body).isEqualTo(wrong);

        String nothing = "{\"status\":409,\"error\":\"no replay is running: start one first\"}";
        replayer.stubFor(post("/api/replay/pause").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(nothing)));
        assertThat(given().post("/api/control/pause").then().statusCode(409).extract().asString()).isEqualTo(nothing);
    }

    @Test
    void speedAndSeekPassTheirValuesOn() {
        replayer.stubFor(post(urlPathEqualTo("/api/replay/speed")).willReturn(okJson(status(RACE, "9693", false))));
        replayer.stubFor(post(urlPathEqualTo("/api/replay/seek")).willReturn(okJson(status(RACE, "9693", false))));
        given().queryParam("value", "max").post("/api/control/speed").then().statusCode(200);
        replayer.verify(postRequestedFor(urlPathEqualTo("/api/replay/speed")).withQueryParam("value", equalTo("max")));
        given().queryParam("lap", "30").post("/api/control/seek").then().statusCode(200);
        replayer.verify(postRequestedFor(urlPathEqualTo("/api/replay/seek")).withQueryParam("lap", equalTo("30"))
                .withQueryParam("sessionTimeMs", absent()));

        // a lap that is not a number is refused here: the replayer would not say why
        given().queryParam("lap", "thirty").post("/api/control/seek").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("lap must be a lap number, not 'thirty'"));
        replayer.verify(1, postRequestedFor(urlPathEqualTo("/api/replay/seek")));
    }

    @Test
    void aStartGoesOnWithItsBodyAndAuthorizationAndTheSessionsAreTheReplayers() {
        String sessions = "[{\"id\":\"" + RACE + "\",\"sessionKey\":\"9693\",\"name\":\"Race\"}]";
        replayer.stubFor(get("/api/sessions").willReturn(okJson(sessions)));
        assertThat(given().get("/api/control/sessions").then().statusCode(200).extract().asString()).isEqualTo(sessions);

        String start = "{\"session\":\"" + RACE + "\",\"speed\":\"10\",\"fromLap\":5}";
        replayer.stubFor(post("/api/replay/start").willReturn(okJson(status(RACE, "9693", true))));
        given().header("Authorization", "Bearer s3cret").contentType("application/json").body(start)
                .post("/api/control/start").then().statusCode(200).body("session", org.hamcrest.Matchers.equalTo(RACE));
        replayer.verify(1, postRequestedFor(urlPathEqualTo("/api/replay/start"))
                .withHeader("Authorization", equalTo("Bearer s3cret"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(start)));

        // the replayer's 404 for a session it lacks comes back as it is
        String unknown = "{\"status\":404,\"error\":\"unknown session 'x'\"}";
        replayer.stubFor(post("/api/replay/start").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(unknown)));
        assertThat(given().contentType("application/json").body("{\"session\":\"x\"}").post("/api/control/start")
                .then().statusCode(404).extract().asString()).isEqualTo(unknown);
    }

    @Test
    void aStartWithoutASessionIsRefusedHereSayingWhatItNeeds() {
        replayer.stubFor(post("/api/replay/start").willReturn(okJson(status(RACE, "9693", false))));
        given().contentType("application/json").body("{\"speed\":\"1\"}").post("/api/control/start").then()
                .statusCode(400).body("error", org.hamcrest.Matchers.containsString("a JSON object with a session"));
        given().contentType("application/json").body("{\"session\": ").post("/api/control/start").then()
                .statusCode(400).body("error", org.hamcrest.Matchers.startsWith("the start body is not JSON"));
        given().contentType("application/json").body("[1]").post("/api/control/start").then().statusCode(400);
        replayer.verify(0, postRequestedFor(urlPathEqualTo("/api/replay/start")));
    }

    @Test
    void theStatusIsTheReplayers() {
        String answer = status(RACE, "9693", false);
        replayer.stubFor(get("/api/replay").willReturn(okJson(answer)));
        assertThat(given().get("/api/control/status").then().statusCode(200).contentType("application/json")
                .extract().asString()).isEqualTo(answer);
    }

    @Test
    void aReplayerTooSlowToAnswerIsA503() {
        replayer.stubFor(get("/api/replay").willReturn(okJson(status(RACE, "9693", false)).withFixedDelay(3000)));
        long t0 = System.nanoTime();
        given().get("/api/control/status").then().statusCode(503).contentType("application/json")
                .body("error", containsString("did not answer GET /api/replay in time"))
                .body("error", containsString(replayer.baseUrl()));
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to give up").isLessThan(2900);
        given().get("/api/control").then().statusCode(200)
                .body("replayerReachable", org.hamcrest.Matchers.equalTo(false)).body("tokenRequired", nullValue());
    }
}
