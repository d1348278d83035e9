package dev.pitwall.timing.replayer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The replayer's race library through timing-ws, in front of a stand-in replayer (a real HTTP server): a season's
 * archive sessions and the import status passed through; an import started with the caller's Authorization header
 * and body unchanged, and the replayer's 202, 401 and 409 passed back; a body that is not a JSON object, a bad year
 * and a post from another site refused here without calling the replayer.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(ReplayerStub.class)
class LibraryProxyTest {

    /** The replayer's answer for 2024, shaped as its SeasonListing (one session shown). */
    static final String SEASON = "{\"year\":2024,\"indexUrl\":\"https://livetiming.formula1.com/static/2024/Index.json\","
            + "\"sessions\":[{\"meeting\":\"Bahrain Grand Prix\",\"key\":9472,\"name\":\"Race\",\"type\":\"Race\","
            + "\"startDate\":\"2024-03-02T18:00:00\",\"path\":\"2024/2024-03-02_Bahrain_Grand_Prix/2024-03-02_Race/\","
            + "\"libraryId\":null}]}";
    static final String SELECTOR = "{\"year\":2024,\"meeting\":\"Bahrain Grand Prix\",\"session\":\"Race\"}";
    static final String RUNNING = "{\"state\":\"RUNNING\",\"request\":\"2024 Bahrain Grand Prix Race\",\"filesDone\":0,"
            + "\"filesTotal\":0,\"bytes\":0,\"startedAt\":\"2026-12-05T11:00:00Z\"}";

    @ReplayerStub.Server
    WireMockServer replayer;

    @BeforeEach
    void reset() {
        replayer.resetAll();
    }

    @Test
    void aSeasonOfTheArchiveAndTheImportStatusAreTheReplayers() {
        replayer.stubFor(get("/api/library/archive/2024").willReturn(okJson(SEASON)));
        String body = given().get("/api/control/library/archive/2024").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertThat(body).isEqualTo(SEASON);

        String none = "{\"status\":404,\"error\":\"the archive has no season index for 2031\"}";
        replayer.stubFor(get("/api/library/archive/2031").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(none)));
        assertThat(given().get("/api/control/library/archive/2031").then().statusCode(404).extract().asString())
                .isEqualTo(none);

        replayer.stubFor(get("/api/library/import").willReturn(okJson(RUNNING)));
        assertThat(given().get("/api/control/library/import").then().statusCode(200).extract().asString())
                .isEqualTo(RUNNING);
    }

    @Test
    void aBadYearIsRefusedHere() {
        for (String year : new String[] {"abc", "24", "1849", "20245"}) {
            given().get("/api/control/library/archive/" + year).then().statusCode(400)
                    .body("error", startsWith("year must be a season such as 2024, not '" + year + "'"));
        }
        assertThat(replayer.getAllServeEvents()).isEmpty();
    }

    @Test
    void anImportGoesOnWithItsBodyAndAuthorizationAndItsAnswersComeBack() {
        replayer.stubFor(post("/api/library/import").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(RUNNING)));
        String body = given().header("Authorization", "Bearer s3cret").contentType("application/json").body(SELECTOR)
                .post("/api/control/library/import").then().statusCode(202).contentType("application/json")
                .extract().asString();
        assertThat(body).isEqualTo(RUNNING);
        replayer.verify(1, postRequestedFor(urlPathEqualTo("/api/library/import"))
                .withHeader("Authorization", equalTo("Bearer s3cret")).withRequestBody(equalToJson(SELECTOR)));

        // viewers may control here: without the header it goes on without one, and the replayer's 401 comes back
        String wrong = "{\"status\":401,\"error\":\"the control token is missing\"}";
        replayer.stubFor(post("/api/library/import").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(wrong)));
        assertThat(given().contentType("application/json").body(SELECTOR).post("/api/control/library/import").then()
                .statusCode(401).extract().asString()).isEqualTo(wrong);
        replayer.verify(1, postRequestedFor(urlPathEqualTo("/api/library/import")).withHeader("Authorization", absent()));

        String busy = "{\"status\":409,\"error\":\"an import is already running: 2024 Bahrain Grand Prix Race\"}";
        replayer.stubFor(post("/api/library/import").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(busy)));
        assertThat(given().header("Authorization", "Bearer s3cret").contentType("application/json").body(SELECTOR)
                .post("/api/control/library/import").then().statusCode(409).extract().asString()).isEqualTo(busy);
    }

    @Test
    void anImportBodyThatIsNotAJsonObjectIsRefusedHere() {
        given().contentType("application/json").body("{\"year\": ").post("/api/control/library/import").then()
                .statusCode(400).body("error", startsWith("the import body is not JSON"));
        for (String body : new String[] {"[2024]", "\"2024 Bahrain\"", ""}) {
            given().contentType("application/json").body(body).post("/api/control/library/import").then()
                    .statusCode(400).body("error", startsWith("the import body must be a JSON object"));
        }
        assertThat(replayer.getAllServeEvents()).isEmpty();
    }

    @Test
    void anImportPostedFromAnotherSiteIsRefused() {
        given().header("Origin", "http://evil.example").contentType("application/json").body(SELECTOR)
                .post("/api/control/library/import").then().statusCode(403)
                .body("error", startsWith("replay control from another site (http://evil.example) is refused"));
        assertThat(replayer.getAllServeEvents()).isEmpty();
    }
}
