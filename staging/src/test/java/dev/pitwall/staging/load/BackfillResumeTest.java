package dev.pitwall.staging.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill stopped mid-job (as at a shutdown) is resumed by a new instance over the same warehouse file: the
 * units loaded before are not fetched again (checked on WireMock's request log), the rest are.
 */
@QuarkusTest
@WithTestResource(JolpicaWireMock.class)
class BackfillResumeTest {

    @Inject
    JolpicaClient client;

    @Inject
    MeterRegistry registry;

    @Inject
    CircuitBreakerMaintenance breakers;

    @TempDir
    Path dir;

    @Test
    void aStoppedJobResumesInANewInstanceWithoutFetchingItsLoadedUnitsAgain() {
        RecordedJolpica.serve();
        breakers.resetAll();
        Path file = dir.resolve("warehouse.duckdb");

        // first instance: round 4 of 2023 (6 per-season units + 7 round units), stopped after a few units
        String id;
        Set<String> loadedBefore;
        LoadJobs jobsA = new LoadJobs();
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            warehouse.createSchema();
            BackfillService a = service(warehouse, jobsA);
            id = a.start(2023, 4, 4);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> a.status(id).orElseThrow().unitsDone() >= 4);
            a.stop();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> BackfillService.INTERRUPTED.equals(a.status(id).orElseThrow().state()));
            List<Warehouse.BackfillUnit> units = warehouse.backfillUnits(id);
            assertThat(units).hasSize(13);
            loadedBefore = units.stream().filter(u -> !"pending".equals(u.outcome())).map(Warehouse.BackfillUnit::unitId)
                    .collect(Collectors.toSet());
            assertThat(loadedBefore).hasSizeBetween(4, 12).contains("2023/races");
        } finally {
            jobsA.stop();
        }
        List<ServeEvent> firstRun = RecordedJolpica.byTime();
        assertThat(firstRun).hasSize(loadedBefore.size());
        Instant restart = Instant.now();

        // a new instance (new warehouse connection, new job thread) resumes the unfinished job at start-up
        LoadJobs jobsB = new LoadJobs();
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(file)) {
            warehouse.createSchema();
            BackfillService b = service(warehouse, jobsB);
            assertThat(b.resumeUnfinished()).containsExactly(id);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                String state = b.status(id).orElseThrow().state();
                return BackfillService.OK.equals(state) || BackfillService.FAILED.equals(state);
            });
            BackfillStatus done = b.status(id).orElseThrow();
            assertThat(done.unitsDone()).isEqualTo(13);
            // round 4 has no recorded results, laps, pit stops or constructor standings: 404, 1 request each
            assertThat(done.failures()).extracting(BackfillStatus.Failure::unit).containsExactlyInAnyOrder(
                    "2023/4/results", "2023/4/laps", "2023/4/pitstops", "2023/4/constructorstandings");
            assertThat(done.requests()).isEqualTo(13);
            assertThat(warehouse.count("stg_qualifying")).isEqualTo(RecordedJolpica.total("2023_4_qualifying.json"));
        } finally {
            jobsB.stop();
        }

        List<ServeEvent> all = RecordedJolpica.byTime();
        assertThat(all).hasSize(13); // every unit fetched exactly once over both instances
        Map<String, Long> perPath = all.stream().collect(Collectors.groupingBy(
                e -> e.getRequest().getUrl().replaceFirst("\\?.*", ""), Collectors.counting()));
        assertThat(perPath.values()).containsOnly(1L);
        List<String> afterRestart = all.stream().filter(e -> e.getRequest().getLoggedDate().toInstant().isAfter(restart))
                .map(e -> e.getRequest().getUrl()).toList();
        assertThat(afterRestart).hasSize(13 - loadedBefore.size());
        for (String unit : loadedBefore) {
            assertThat(afterRestart).noneMatch(u -> u.startsWith(RecordedJolpica.url(unit + ".json")));
        }
    }

    @Test
    void roundsNotRacedYetAreNotRequested() {
        RecordedJolpica.serve();
        breakers.resetAll();
        Clock beforeMelbourne = Clock.fixed(Instant.parse("2023-03-20T00:00:00Z"), java.time.ZoneOffset.UTC);
        LoadJobs jobs = new LoadJobs();
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(dir.resolve("w.duckdb"))) {
            warehouse.createSchema();
            BackfillService service = new BackfillService(new UnitLoader(client, warehouse, registry,
                    Clock.systemUTC()), warehouse, jobs, client, beforeMelbourne);
            String id = service.start(2023, 2, 4);
            await().atMost(Duration.ofSeconds(30)).until(() -> Set.of(BackfillService.OK, BackfillService.FAILED)
                    .contains(service.status(id).orElseThrow().state()));
            BackfillStatus done = service.status(id).orElseThrow();
            assertThat(done.unitsTotal()).isEqualTo(6 + 6); // per-season units and round 2 (raced 19 March)
            assertThat(done.report()).endsWith("; rounds not raced yet, skipped: [3, 4]");
        } finally {
            jobs.stop();
        }
        assertThat(RecordedJolpica.byTime()).hasSize(12)
                .noneMatch(e -> e.getRequest().getUrl().matches(".*/2023/[34]/.*"));
    }

    private BackfillService service(Warehouse warehouse, LoadJobs jobs) {
        return new BackfillService(new UnitLoader(client, warehouse, registry, Clock.systemUTC()), warehouse, jobs,
                client, Clock.systemUTC());
    }
}
