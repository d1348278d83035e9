package dev.pitwall.staging.jolpica;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Jolpica client against a real HTTP server (WireMock) serving recorded replies and injected faults. */
@QuarkusTest
@WithTestResource(JolpicaWireMock.class)
class JolpicaClientTest {

    private static final String RESULTS = JolpicaWireMock.PREFIX + "/2025/1/results.json";
    private static final String LAPS = JolpicaWireMock.PREFIX + "/2023/1/laps.json";

    @Inject
    JolpicaClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    WireMockServer wm;

    @BeforeEach
    void reset() {
        wm = JolpicaWireMock.server;
        wm.resetAll();
        breakers.resetAll();
    }

    @Test
    void pagingFollowsTotalAcrossPagesOfTimingRows() {
        // the recorded 100 timing rows, cut in pages of 40 (the server echoes the limit it applied)
        for (int offset : new int[] {0, 40, 80}) {
            wm.stubFor(get(urlPathEqualTo(LAPS)).withQueryParam("offset", equalTo(String.valueOf(offset)))
                    .willReturn(okJson(Fixtures.lapsPage("2023_1_laps_page1.json", offset, 40))));
        }

        JolpicaRows laps = client.laps(2023, 1);

        assertThat(laps.total()).isEqualTo(100);
        assertThat(laps.rows()).hasSize(100);
        assertThat(laps.pageUrls()).hasSize(3)
                .allMatch(u -> u.startsWith(wm.baseUrl() + LAPS + "?limit=100&offset="));
        assertThat(laps.pageUrls().get(2)).endsWith("offset=80");
        JsonNode first = laps.rows().get(0);
        assertThat(first.get("driverId").asText()).isEqualTo("max_verstappen");
        assertThat(first.get("lap").asText()).isEqualTo("1");
        assertThat(first.get("season").asText()).isEqualTo("2023");
        assertThat(first.get("round").asText()).isEqualTo("1");
        assertThat(laps.rows().stream().map(r -> r.get("lap").asText()).distinct()).hasSize(5);
        assertThat(wm.getAllServeEvents()).allMatch(e -> "100".equals(
                e.getRequest().queryParameter("limit").firstValue()));
    }

    @Test
    void resultsOfOneRoundInOnePage() {
        wm.stubFor(get(urlPathEqualTo(RESULTS)).willReturn(okJson(Fixtures.read("2025_1_results.json"))));

        JolpicaRows results = client.results(2025, 1);

        assertThat(results.total()).isEqualTo(20);
        assertThat(results.rows()).hasSize(20);
        assertThat(results.pageUrls()).containsExactly(wm.baseUrl() + RESULTS + "?limit=100&offset=0");
        assertThat(results.rows().get(0).get("Driver").get("driverId").asText()).isEqualTo("norris");
        assertThat(results.rows().get(0).get("round").asText()).isEqualTo("1");
    }

    @Test
    void a429IsWaitedOutForItsRetryAfter() {
        scenario(RESULTS, aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody("Request was throttled."));

        assertThat(client.results(2025, 1).rows()).hasSize(20);

        List<ServeEvent> events = byTime();
        assertThat(events).hasSize(2);
        long gap = events.get(1).getRequest().getLoggedDate().getTime()
                - events.get(0).getRequest().getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void throttlingDoesNotTripTheBreaker() {
        var throttled = aResponse().withStatus(429).withHeader("Retry-After", "0");
        scenario(RESULTS, throttled, throttled, throttled);

        assertThat(client.results(2025, 1).rows()).hasSize(20);
        assertThat(wm.getAllServeEvents()).hasSize(4); // 3 of 4 would open it (volume 4, ratio 0.5) if counted
        assertThat(breakers.currentState(JolpicaClient.BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void a503BurstThenSuccessIsSurvived() {
        scenario(RESULTS, aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(502));

        assertThat(client.results(2025, 1).rows()).hasSize(20);
        assertThat(wm.getAllServeEvents()).hasSize(4);
    }

    @Test
    void aTimeoutIsRetried() {
        scenario(RESULTS, okJson(Fixtures.read("2025_1_results.json")).withFixedDelay(2000));

        assertThat(client.results(2025, 1).rows()).hasSize(20);
        assertThat(wm.getAllServeEvents()).hasSize(2);
    }

    @Test
    void aMalformedBodyFailsTheCallNamingTheUrl() {
        wm.stubFor(get(urlPathEqualTo(RESULTS)).willReturn(okJson("{\"MRData\": {\"total\": \"20\", ")));

        assertThatThrownBy(() -> client.results(2025, 1))
                .isInstanceOf(JolpicaException.class)
                .hasMessageContaining(wm.baseUrl() + RESULTS + "?limit=100&offset=0")
                .hasMessageContaining("not JSON");
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void anUnexpectedPageFailsTheCallNamingTheUrl() {
        wm.stubFor(get(urlPathEqualTo(RESULTS)).willReturn(okJson(
                "{\"MRData\":{\"limit\":\"100\",\"offset\":\"0\",\"total\":\"twenty\",\"RaceTable\":{}}}")));

        assertThatThrownBy(() -> client.results(2025, 1))
                .isInstanceOf(JolpicaException.class)
                .hasMessageContaining(RESULTS)
                .hasMessageContaining("MRData.total is not a number");
    }

    @Test
    void repeatedFailuresOpenTheCircuit() {
        wm.stubFor(get(urlPathEqualTo(RESULTS)).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.results(2025, 1)).isInstanceOf(JolpicaException.class);
        int served = wm.getAllServeEvents().size();
        assertThat(served).isEqualTo(4); // 1 try + 3 retries, all counted by the breaker (volume 4 in %test)
        assertThat(breakers.currentState(JolpicaClient.BREAKER)).isEqualTo(CircuitBreakerState.OPEN);

        assertThatThrownBy(() -> client.results(2025, 1))
                .isInstanceOf(JolpicaException.class)
                .hasMessageContaining("circuit breaker open")
                .hasMessageContaining(RESULTS);
        assertThat(wm.getAllServeEvents()).hasSize(served);
    }

    @Test
    void noSecondOfARunExceedsFourRequests() {
        wm.stubFor(get(urlPathEqualTo(RESULTS)).willReturn(okJson(Fixtures.read("2025_1_results.json"))));

        for (int i = 0; i < 13; i++) {
            client.results(2025, 1);
        }

        List<ServeEvent> events = byTime();
        assertThat(events).hasSize(13);
        Map<Long, Long> perSecond = events.stream().collect(Collectors.groupingBy(
                e -> e.getRequest().getLoggedDate().getTime() / 1000, Collectors.counting()));
        assertThat(perSecond.values()).allMatch(n -> n <= 4);
        for (int i = 4; i < events.size(); i++) { // any 5 requests in a row span at least a second
            long span = events.get(i).getRequest().getLoggedDate().getTime()
                    - events.get(i - 4).getRequest().getLoggedDate().getTime();
            assertThat(span).isGreaterThanOrEqualTo(1000);
        }
        assertThat(client.remainingThisHour()).isLessThanOrEqualTo(500 - 13);
    }

    private void scenario(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... faults) {
        String state = Scenario.STARTED;
        for (int i = 0; i < faults.length; i++) {
            String next = "after-" + i;
            wm.stubFor(get(urlPathEqualTo(path)).inScenario("faults").whenScenarioStateIs(state)
                    .willReturn(faults[i]).willSetStateTo(next));
            state = next;
        }
        wm.stubFor(get(urlPathEqualTo(path)).inScenario("faults").whenScenarioStateIs(state)
                .willReturn(okJson(Fixtures.read("2025_1_results.json"))));
    }

    private List<ServeEvent> byTime() {
        return wm.getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }
}
