package dev.pitwall.timing.analysis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * timing-ws passes {@code GET /api/analysis/**} to a stand-in staging (a real HTTP server): path and query as asked,
 * staging's status and body as answered (errors included); a staging too slow or dropping the connection is a 502
 * with the reason.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(StagingStub.class)
class AnalysisProxyTest {

    @StagingStub.Server
    WireMockServer staging;

    @BeforeEach
    void reset() {
        staging.resetAll();
    }

    @Test
    void passesPathAndQueryAndAnswersWithStagingsReply() {
        staging.stubFor(get(urlEqualTo("/api/analysis/lap-chart?race=202501"))
                .willReturn(okJson("{\"available\":true,\"laps\":57,\"cars\":[]}")));
        given().get("/api/analysis/lap-chart?race=202501").then().statusCode(200)
                .header("Content-Type", startsWith("application/json")).body("laps", equalTo(57));
        staging.verify(getRequestedFor(urlEqualTo("/api/analysis/lap-chart?race=202501")));

        staging.stubFor(get(urlPathEqualTo("/api/analysis/seasons"))
                .willReturn(okJson("{\"available\":false,\"reason\":\"The marts have not been built yet\"}")));
        given().get("/api/analysis/seasons").then().statusCode(200).body("available", equalTo(false))
                .body("reason", equalTo("The marts have not been built yet"));
    }

    @Test
    void stagingsErrorsArePassedOnAsTheyAre() {
        staging.stubFor(get(urlPathEqualTo("/api/analysis/races")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"season must be a whole number such as 2025, got 'x'\",\"parameter\":\"season\",\"value\":\"x\"}")));
        given().get("/api/analysis/races?season=x").then().statusCode(400).body("parameter", equalTo("season"))
                .body("value", equalTo("x"));
        staging.stubFor(get(urlPathEqualTo("/api/analysis/pace")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"no race 209901 in marts.dim_races\"}")));
        given().get("/api/analysis/pace?race=209901").then().statusCode(404)
                .body("error", equalTo("no race 209901 in marts.dim_races"));
    }

    @Test
    void aSlowOrBrokenStagingIsA502WithTheReason() {
        staging.stubFor(get(urlPathEqualTo("/api/analysis/standings")).willReturn(okJson("{}").withFixedDelay(3000)));
        given().get("/api/analysis/standings?season=2025").then().statusCode(502)
                .body("error", containsString("did not answer GET /api/analysis/standings within 1 s"));
        staging.stubFor(get(urlPathEqualTo("/api/analysis/tyres"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/api/analysis/tyres?race=202501").then().statusCode(502)
                .body("error", startsWith("the staging service at " + staging.baseUrl()));
    }

    @Test
    void onlyPlainViewPathsArePassedOn() {
        given().get("/api/analysis/lap-chart%2F..%2F..%2Fq%2Fhealth").then().statusCode(404);
    }
}
