package dev.pitwall.staging.load;

import static dev.pitwall.staging.load.RecordedJolpica.pageUrl;
import static dev.pitwall.staging.load.RecordedJolpica.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pitwall.staging.jolpica.JolpicaClient;
import dev.pitwall.staging.jolpica.JolpicaConfig;
import dev.pitwall.staging.jolpica.JolpicaWireMock;
import dev.pitwall.staging.jolpica.SeasonPlan;
import dev.pitwall.staging.warehouse.DuckDbWarehouse;
import dev.pitwall.staging.warehouse.StagingTable;
import dev.pitwall.staging.warehouse.StagingTables;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The season-load acceptance test: a backfill of 2023 rounds 1-5 against a real HTTP server (WireMock)
 * serving the recorded replies of {@code recorded-2023.tsv}, into a real DuckDB file.
 *
 * <p>No round of 2023 is recorded for every endpoint, so the server answers 404 for what is not recorded and the
 * test asserts that the load errors name exactly those URLs; expected row counts are the recordings' totals.
 */
@QuarkusTest
@WithTestResource(JolpicaWireMock.class)
class SeasonLoadAcceptanceTest {

    /** Every Jolpica staging table (the other staging tables belong to the Kafka sink). */
    static final List<String> JOLPICA_TABLES = Stream.of(StagingTables.SEASONS, StagingTables.CIRCUITS,
            StagingTables.RACES, StagingTables.DRIVERS, StagingTables.CONSTRUCTORS, StagingTables.RESULTS,
            StagingTables.QUALIFYING, StagingTables.SPRINT_RESULTS, StagingTables.LAPS_JOLPICA, StagingTables.PIT_STOPS,
            StagingTables.DRIVER_STANDINGS, StagingTables.CONSTRUCTOR_STANDINGS, StagingTables.STATUS)
            .map(StagingTable::name).toList();

    @Inject
    JolpicaClient client;

    @Inject
    JolpicaConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    CircuitBreakerMaintenance breakers;

    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        RecordedJolpica.serve();
        breakers.resetAll();
    }

    /** The rows each table must hold after rounds 1-5: the totals of the recordings that hold all their rows. */
    static Map<String, Long> expectedRows() {
        Map<String, Long> expected = new HashMap<>();
        JOLPICA_TABLES.forEach(t -> expected.put(t, 0L));
        expected.put("stg_races", (long) total("2023_races.json"));                     // 22
        expected.put("stg_seasons", (long) total("2023_seasons.json"));                 // 1
        expected.put("stg_drivers", (long) total("2023_drivers.json"));                 // 22
        expected.put("stg_constructors", (long) total("2023_constructors.json"));       // 10
        expected.put("stg_circuits", (long) total("2023_circuits.json"));               // 22
        expected.put("stg_status", (long) total("2023_status.json"));                   // 9
        expected.put("stg_results", (long) total("2023_1_results.json") + total("2023_5_results.json")); // 40
        expected.put("stg_qualifying", (long) total("2023_4_qualifying.json"));         // 20
        expected.put("stg_sprint_results", (long) total("2023_4_sprint.json"));         // 20
        expected.put("stg_driver_standings",
                (long) total("2023_4_driverstandings.json") + total("2023_5_driverstandings.json")); // 40
        expected.put("stg_constructor_standings", (long) total("2023_1_constructorstandings.json")); // 10
        // laps: only the first 100 of round 1's 1055 timing rows are recorded, so that unit fails at its second
        // page and keeps nothing; pit stops of rounds 1-5 are not recorded at offset 0.
        return expected;
    }

    /** URLs the loader must fail on: every unit of rounds 1-5 without a recording (sprint only in round 4). */
    static List<String> expectedFailedUrls() {
        return List.of(
                pageUrl("2023/1/qualifying.json", 0), pageUrl("2023/1/laps.json", 100),
                pageUrl("2023/1/pitstops.json", 0), pageUrl("2023/1/driverstandings.json", 0),
                pageUrl("2023/2/results.json", 0), pageUrl("2023/2/qualifying.json", 0),
                pageUrl("2023/2/laps.json", 0), pageUrl("2023/2/pitstops.json", 0),
                pageUrl("2023/2/driverstandings.json", 0), pageUrl("2023/2/constructorstandings.json", 0),
                pageUrl("2023/3/results.json", 0), pageUrl("2023/3/qualifying.json", 0),
                pageUrl("2023/3/laps.json", 0), pageUrl("2023/3/pitstops.json", 0),
                pageUrl("2023/3/driverstandings.json", 0), pageUrl("2023/3/constructorstandings.json", 0),
                pageUrl("2023/4/results.json", 0), pageUrl("2023/4/laps.json", 0),
                pageUrl("2023/4/pitstops.json", 0), pageUrl("2023/4/constructorstandings.json", 0),
                pageUrl("2023/5/qualifying.json", 0), pageUrl("2023/5/laps.json", 0),
                pageUrl("2023/5/pitstops.json", 0), pageUrl("2023/5/constructorstandings.json", 0));
    }

    /**
     * The minimum for the loaded units, built here from the recordings' totals: per-season races, seasons, drivers,
     * constructors, circuits, status; round 1 results and constructor standings; round 4 qualifying, sprint,
     * driver standings; round 5 results and driver standings.
     */
    static int recordedMinimum() {
        SeasonPlan plan = new SeasonPlan(
                List.of(total("2023_races.json"), total("2023_seasons.json"), total("2023_drivers.json"),
                        total("2023_constructors.json"), total("2023_circuits.json"), total("2023_status.json")),
                List.of(new SeasonPlan.Round(total("2023_1_results.json"), 0, 0, 0, 0, 0,
                                total("2023_1_constructorstandings.json")),
                        new SeasonPlan.Round(0, total("2023_4_qualifying.json"), total("2023_4_sprint.json"), 0, 0,
                                total("2023_4_driverstandings.json"), 0),
                        new SeasonPlan.Round(total("2023_5_results.json"), 0, 0, 0, 0,
                                total("2023_5_driverstandings.json"), 0)));
        return SeasonPlan.requestsFor(plan);
    }

    @Test
    void aSeasonLoadProducesTheRecordedRowCountsAndLoadingAgainChangesNothing() throws Exception {
        Path file = dir.resolve("warehouse.duckdb");
        int budgetBefore = client.remainingThisHour();

        BackfillStatus first = backfill(file, 1, 5);

        // 6 per-season units + 6 units a round (7 in round 4, the sprint weekend) = 37
        assertThat(first.unitsTotal()).isEqualTo(37);
        assertThat(first.unitsDone()).isEqualTo(37);
        assertThat(first.failures()).extracting(BackfillStatus.Failure::url)
                .containsExactlyInAnyOrderElementsOf(expectedFailedUrls());
        assertThat(first.failures()).allSatisfy(f -> assertThat(f.reason()).contains("HTTP 404"));
        assertThat(first.state()).isEqualTo(BackfillService.FAILED);
        List<ServeEvent> events = RecordedJolpica.byTime();
        // one request a unit, plus round 1 laps' second page: no retries
        assertThat(events).hasSize(38);
        assertThat(first.requests()).isEqualTo(38);
        assertThat(first.requestsLoadedUnits()).isEqualTo(13);
        assertThat(first.minimum()).isEqualTo(recordedMinimum()).isEqualTo(13);
        assertThat(first.equal()).isTrue();
        assertThat(first.report()).isEqualTo("backfill 2023 rounds 1-5: failed, 37 units (24 failed), requests=38;"
                + " the 13 loaded units took 13 requests, minimum=13 (limit=100), equal");

        // paging follows total: the laps page echoed limit 100 and total 1055, so the next page asked is offset 100
        List<String> laps = events.stream().map(e -> e.getRequest().getUrl())
                .filter(u -> u.startsWith(RecordedJolpica.url("2023/1/laps.json"))).toList();
        assertThat(laps).containsExactly(RecordedJolpica.url("2023/1/laps.json") + "?limit=100&offset=0",
                RecordedJolpica.url("2023/1/laps.json") + "?limit=100&offset=100");
        assertThat(first.pagesDone()).isEqualTo(14); // 13 one-page units and the laps' first page
        assertThat(first.pagesTotal()).isEqualTo(13 + (total("2023_1_laps_page1.json") + 99) / 100);

        assertBudgetRespected(events, budgetBefore);

        Map<String, List<String>> afterFirst = RecordedJolpica.snapshot(file, JOLPICA_TABLES);
        Map<String, Long> counts = afterFirst.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        assertThat(counts).isEqualTo(expectedRows());
        // nothing partial: the 100 laps rows of page 1 were fetched, none kept
        assertThat(afterFirst.get("stg_laps_jolpica")).isEmpty();
        Map<String, List<String>> errors = RecordedJolpica.snapshot(file, List.of("stg_load_errors", "stg_loads"));
        assertThat(errors.get("stg_load_errors")).hasSize(24)
                .anySatisfy(r -> assertThat(r).contains("url=" + pageUrl("2023/1/laps.json", 100))
                        .contains("2023/1/laps: unexpected HTTP 404"));
        assertThat(errors.get("stg_loads")).hasSize(37);

        // loading again (an explicit backfill fetches every unit again) changes nothing, load ids and times included
        RecordedJolpica.server().resetRequests();
        BackfillStatus second = backfill(file, 1, 5);
        assertThat(second.requests()).isEqualTo(38);
        assertThat(RecordedJolpica.snapshot(file, JOLPICA_TABLES)).isEqualTo(afterFirst);
    }

    /** No second of the run holds more than 4 requests, and the hour's budget counts each of them. */
    private void assertBudgetRespected(List<ServeEvent> events, int budgetBefore) {
        Map<Long, Long> perSecond = events.stream().collect(Collectors.groupingBy(
                e -> e.getRequest().getLoggedDate().getTime() / 1000, Collectors.counting()));
        assertThat(perSecond.values()).allMatch(n -> n <= config.perSecond());
        for (int i = config.perSecond(); i < events.size(); i++) { // any 5 in a row span at least a second
            long span = events.get(i).getRequest().getLoggedDate().getTime()
                    - events.get(i - config.perSecond()).getRequest().getLoggedDate().getTime();
            assertThat(span).isGreaterThanOrEqualTo(1000);
        }
        long inLastHour = events.stream().filter(e -> e.getRequest().getLoggedDate().toInstant()
                .isAfter(events.get(events.size() - 1).getRequest().getLoggedDate().toInstant().minus(Duration.ofHours(1))))
                .count();
        assertThat(inLastHour).isLessThanOrEqualTo(config.perHour());
        assertThat(client.remainingThisHour()).isEqualTo(budgetBefore - events.size());
    }

    /** Runs a backfill to its end over the DuckDB file, then closes the file. */
    private BackfillStatus backfill(Path file, Integer from, Integer to) {
        LoadJobs jobs = new LoadJobs();
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            warehouse.createSchema();
            UnitLoader loader = new UnitLoader(client, warehouse, registry, Clock.systemUTC());
            BackfillService service = new BackfillService(loader, warehouse, jobs, client, Clock.systemUTC());
            String id = service.start(2023, from, to);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
                String state = service.status(id).orElseThrow().state();
                return state.equals(BackfillService.OK) || state.equals(BackfillService.FAILED);
            });
            return service.status(id).orElseThrow();
        } finally {
            jobs.stop();
        }
    }
}
