package dev.pitwall.timing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The race view's chart library, uPlot, served from its WebJar at URLs without its version. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class WebJarsTest {

    @Test
    void uPlotsEsModuleAndCssAreServedWithoutTheVersionInThePath() {
        given().get("/webjars/uplot/dist/uPlot.esm.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("export { uPlot as default }"));
        given().get("/webjars/uplot/dist/uPlot.min.css").then().statusCode(200)
                .contentType(containsString("text/css")).body(containsString(".uplot"));
        // the versioned path of the jar works too
        given().get("/webjars/uplot/1.6.30/dist/uPlot.esm.js").then().statusCode(200);
    }
}
