package dev.pitwall.timing.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With nothing listening at {@code pitwall.staging.url}, the analysis calls are 502s saying staging cannot be reached. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(AnalysisProxyStagingDownTest.Down.class)
class AnalysisProxyStagingDownTest {

    public static class Down implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitwall.staging.url", "http://127.0.0.1:1");
        }
    }

    @Test
    void stagingDownIsA502SayingSo() {
        given().get("/api/analysis/seasons").then().statusCode(502).body("error", equalTo("the staging service at"
                + " http://127.0.0.1:1 cannot be reached, so there is no analysis data; is staging running"
                + " (PITWALL_STAGING_URL)?"));
    }
}
