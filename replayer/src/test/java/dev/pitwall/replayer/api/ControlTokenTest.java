package dev.pitwall.replayer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a control token configured, control calls need {@code Authorization: Bearer <token>}; reads stay open. */
@QuarkusTest
@TestProfile(ControlTokenTest.WithToken.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ControlTokenTest {

    /** The test profile: a control token. */
    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitwall.control.token", "test-token");
        }
    }

    @Test
    void aControlCallWithoutTokenIs401() {
        given().post("/api/replay/stop").then().statusCode(401).contentType("application/json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("error", equalTo("this control call needs 'Authorization: Bearer <token>'"));
    }

    @Test
    void aWrongTokenIs401() {
        given().header("Authorization", "Bearer not-the-token").post("/api/replay/stop").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).body("error", equalTo("the control token is wrong"));
        given().header("Authorization", "Basic dGVzdC10b2tlbg==").post("/api/replay/stop").then().statusCode(401);
    }

    @Test
    void theRightTokenIsLetThrough() {
        given().header("Authorization", "Bearer test-token").post("/api/replay/stop").then().statusCode(200);
    }

    @Test
    void theImportNeedsTheTokenToo() {
        given().contentType("application/json").body(Map.of("year", 2023, "key", 7953))
                .post("/api/library/import").then().statusCode(401);
    }

    @Test
    void theStatusSaysATokenIsNeededWithoutShowingIt() {
        String body = given().get("/api/replay").then().statusCode(200).body("controlTokenRequired", equalTo(true))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("test-token");
    }

    @Test
    void readsNeedNoToken() {
        given().get("/api/replay").then().statusCode(200);
        given().get("/api/sessions").then().statusCode(200);
        given().get("/api/library/import").then().statusCode(200);
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
