package dev.pitwall.staging.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis API on a warehouse dbt has not built the marts in: a 200 with available false and the reason. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MartsFixture.class, initArgs = @ResourceArg(name = "marts", value = "none"))
class AnalysisWithoutMartsTest {

    @Test
    void everyViewSaysTheMartsAreNotBuilt() {
        given().get("/api/analysis/seasons").then().statusCode(200).body("available", equalTo(false))
                .body("seasons", hasSize(0))
                .body("reason", containsString("The marts have not been built yet: schema marts has no tables"));
        given().get("/api/analysis/races?season=2025").then().statusCode(200).body("available", equalTo(false))
                .body("reason", containsString("marts.dim_races"));
        given().get("/api/analysis/standings?season=2025").then().statusCode(200).body("available", equalTo(false))
                .body("reason", containsString("marts.dim_races, marts.fct_results"));
        for (String view : List.of("lap-chart", "tyres", "pace", "pit-stops")) {
            given().get("/api/analysis/" + view + "?race=202501").then().statusCode(200)
                    .body("available", equalTo(false)).body("reason", containsString("have not been built yet"));
        }
    }

    @Test
    void aMalformedParameterIsStillA400() {
        given().get("/api/analysis/pace?race=abc").then().statusCode(400).body("parameter", equalTo("race"))
                .body("value", equalTo("abc"));
    }
}
