package dev.pitwall.staging.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.pitwall.staging.load.RecordedJolpica.pageUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pitwall.staging.jolpica.JolpicaClient;
import dev.pitwall.staging.jolpica.JolpicaWireMock;
import dev.pitwall.staging.warehouse.DuckDbWarehouse;
import dev.pitwall.staging.warehouse.Warehouse;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled staging runs of 2023 with a fixed clock just after round 1, against the recorded replies: a unit
 * whose body is malformed fails, leaves a load error with its URL and nothing of itself, and the next run retries
 * it and succeeds once the server serves the good body; completed units are not fetched again.
 */
@QuarkusTest
@WithTestResource(JolpicaWireMock.class)
class ScheduledStagingTest {

    @Inject
    JolpicaClient client;

    @Inject
    MeterRegistry registry;

    @Inject
    CircuitBreakerMaintenance breakers;

    @TempDir
    Path dir;

    private final List<Map.Entry<String, java.util.Set<String>>> told = new java.util.ArrayList<>();

    @BeforeEach
    void reset() {
        breakers.resetAll();
    }

    @Test
    void aFailedUnitIsRetriedNextRunAndCompletedUnitsAreNotFetchedTwice() throws Exception {
        WireMockServer wm = RecordedJolpica.serve();
        String results = RecordedJolpica.url("2023/1/results.json");
        wm.stubFor(get(urlPathEqualTo(results)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"MRData\": {\"total\": \"20\", ")));
        Clock afterRound1 = Clock.fixed(Instant.parse("2023-03-06T00:00:00Z"), ZoneOffset.UTC);
        Path file = dir.resolve("warehouse.duckdb");

        StagingRun.Report first;
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            warehouse.createSchema();
            first = run(warehouse, afterRound1);
            assertThat(warehouse.count("stg_results")).isZero();
            // completed round units: only the one that loaded (per-season units are refreshed every run anyway)
            assertThat(warehouse.completedUnits(2023)).filteredOn(u -> u.startsWith("2023/1/"))
                    .containsExactly("2023/1/constructorstandings");
            List<Warehouse.LoadError> errors = warehouse.recentLoadErrors(50);
            assertThat(errors).anySatisfy(e -> {
                assertThat(e.url()).isEqualTo(pageUrl("2023/1/results.json", 0));
                assertThat(e.reason()).contains("2023/1/results").contains("not JSON");
            });
        }
        // the listener (the dbt runs) is told once, with the tables that got rows
        assertThat(told).containsExactly(Map.entry("schedule 2023", java.util.Set.of("stg_races", "stg_seasons",
                "stg_drivers", "stg_constructors", "stg_circuits", "stg_status", "stg_constructor_standings")));
        told.clear();
        assertThat(first.failed()).containsExactlyInAnyOrder("2023/1/results", "2023/1/qualifying", "2023/1/laps",
                "2023/1/pitstops", "2023/1/driverstandings");
        assertThat(first.loaded()).containsExactlyInAnyOrder("2023/races", "2023/seasons", "2023/drivers",
                "2023/constructors", "2023/circuits", "2023/status", "2023/1/constructorstandings");
        // round 2 (19 March) had not started: nothing of it asked
        assertThat(RecordedJolpica.byTime()).noneMatch(e -> e.getRequest().getUrl().contains("/2023/2/"));
        Map<String, List<String>> perSeasonBefore = RecordedJolpica.snapshot(file,
                List.of("stg_races", "stg_seasons", "stg_drivers", "stg_constructors", "stg_circuits", "stg_status"));

        // the server serves the good body now
        wm.resetRequests();
        RecordedJolpica.serve();
        StagingRun.Report second;
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            second = run(warehouse, afterRound1);
            assertThat(warehouse.count("stg_results")).isEqualTo(RecordedJolpica.total("2023_1_results.json"));
            assertThat(warehouse.completedUnits(2023)).contains("2023/1/results");
        }
        assertThat(second.loaded()).contains("2023/1/results");
        assertThat(told).hasSize(1).allSatisfy(t -> assertThat(t.getValue()).contains("stg_results"));
        assertThat(second.skippedCompleted()).isEqualTo(1);
        assertThat(second.failed()).containsExactlyInAnyOrder("2023/1/qualifying", "2023/1/laps", "2023/1/pitstops",
                "2023/1/driverstandings");
        assertThat(RecordedJolpica.byTime()).noneMatch(e -> e.getRequest().getUrl().contains("constructorstandings"));
        // the per-season lists were fetched again, and their unchanged rows kept as they were (load ids included)
        assertThat(RecordedJolpica.snapshot(file, List.copyOf(perSeasonBefore.keySet()))).isEqualTo(perSeasonBefore);
    }

    private StagingRun.Report run(Warehouse warehouse, Clock clock) {
        UnitLoader loader = new UnitLoader(client, warehouse, registry, Clock.systemUTC());
        return new StagingRun(loader, warehouse, clock, (trigger, tables) -> told.add(Map.entry(trigger, tables)))
                .run(2023);
    }
}
