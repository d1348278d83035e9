package dev.pitwall.staging.jolpica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client configured with a {@code file:} base URL reads the bundled offline mirror, as the local stack does. */
@QuarkusTest
@TestProfile(MirrorClientTest.Mirror.class)
class MirrorClientTest {

    public static class Mirror implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitwall.jolpica.url", JolpicaMirrorTest.BUNDLED.toUri().toString());
        }
    }

    @Inject
    JolpicaClient client;

    @Test
    void resultsOfTheBundledRaceComeFromTheMirrorWithTheirSource() {
        int budgetBefore = client.remainingThisHour();

        JolpicaRows results = client.results(2025, 1);

        assertThat(client.remainingThisHour()).as("the live API's hourly budget is not spent on the mirror")
                .isEqualTo(budgetBefore);

        assertThat(results.total()).isEqualTo(20);
        assertThat(results.rows()).hasSize(20);
        assertThat(results.rows().get(0).path("Driver").path("code").asText()).isEqualTo("NOR");
        assertThat(results.pageUrls()).singleElement().asString()
                .startsWith("file:").endsWith("data/jolpica/2025/1/results.json?limit=100&offset=0");
    }

    @Test
    void anEndpointTheMirrorLacksFailsWithAClearError() {
        assertThatThrownBy(() -> client.pitStops(2025, 1))
                .isInstanceOf(JolpicaException.class)
                .hasMessageContaining("2025/1/pitstops.json")
                .hasMessageContaining("not in the offline Jolpica mirror");
    }
}
