package dev.pitwall.staging.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pitwall.staging.jolpica.JolpicaClient;
import dev.pitwall.staging.jolpica.JolpicaEndpoint;
import dev.pitwall.staging.jolpica.JolpicaWireMock;
import dev.pitwall.staging.warehouse.DuckDbWarehouse;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import dev.pitwall.staging.warehouse.DuckDbWarehouseAccess;
import dev.pitwall.staging.warehouse.StagingTables;
import dev.pitwall.testkit.LogCapture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load units through faults the real server may answer with, served by WireMock around the recorded replies. */
@QuarkusTest
@WithTestResource(JolpicaWireMock.class)
class LoadFaultsTest {

    @Inject
    JolpicaClient client;

    @Inject
    MeterRegistry registry;

    @Inject
    CircuitBreakerMaintenance breakers;

    @TempDir
    Path dir;

    WireMockServer wm;
    DuckDbWarehouse warehouse;
    UnitLoader loader;

    @BeforeEach
    void open() {
        wm = RecordedJolpica.serve();
        breakers.resetAll();
        warehouse = new DuckDbWarehouse(dir.resolve("warehouse.duckdb"));
        warehouse.createSchema();
        loader = new UnitLoader(client, warehouse, registry, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        warehouse.close();
        breakers.resetAll();
    }

    @Test
    void a429IsWaitedOutForItsRetryAfter() {
        double throttledBefore = registry.counter(JolpicaClient.THROTTLED).count();
        scenario("2023/races.json", "2023_races.json",
                aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("Request was throttled."));

        UnitResult r = loader.load(LoadUnit.ofSeason(JolpicaEndpoint.RACES, 2023), "test", p -> { });

        assertThat(r.ok()).isTrue();
        assertThat(r.rows()).isEqualTo(RecordedJolpica.total("2023_races.json"));
        assertThat(r.requests()).isEqualTo(2);
        List<ServeEvent> events = RecordedJolpica.byTime();
        assertThat(events).hasSize(2);
        assertThat(events.get(1).getRequest().getLoggedDate().getTime()
                - events.get(0).getRequest().getLoggedDate().getTime()).isGreaterThanOrEqualTo(1000);
        assertThat(registry.counter(JolpicaClient.THROTTLED).count()).isEqualTo(throttledBefore + 1);
        assertThat(registry.counter(UnitLoader.ROWS_LOADED, "table", "stg_races").count()).isGreaterThanOrEqualTo(22);
    }

    @Test
    void a503BurstIsSurvived() {
        double errorsBefore = registry.counter(JolpicaClient.REQUESTS, "outcome", "server_error", "status", "503").count();
        scenario("2023/drivers.json", "2023_drivers.json",
                aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(502));

        UnitResult r = loader.load(LoadUnit.ofSeason(JolpicaEndpoint.DRIVERS, 2023), "test", p -> { });

        assertThat(r.ok()).isTrue();
        assertThat(r.rows()).isEqualTo(RecordedJolpica.total("2023_drivers.json"));
        assertThat(r.requests()).isEqualTo(4);
        assertThat(warehouse.count("stg_drivers")).isEqualTo(22);
        assertThat(registry.counter(JolpicaClient.REQUESTS, "outcome", "server_error", "status", "503").count())
                .isEqualTo(errorsBefore + 2);
    }

    @Test
    void aTimeoutIsSurvived() {
        scenario("2023/constructors.json", "2023_constructors.json",
                aResponse().withStatus(200).withBody(RecordedJolpica.read("2023_constructors.json"))
                        .withFixedDelay(2000)); // the test read timeout is 700 ms

        UnitResult r = loader.load(LoadUnit.ofSeason(JolpicaEndpoint.CONSTRUCTORS, 2023), "test", p -> { });

        assertThat(r.ok()).isTrue();
        assertThat(r.requests()).isEqualTo(2);
        assertThat(warehouse.count("stg_constructors")).isEqualTo(RecordedJolpica.total("2023_constructors.json"));
    }

    @Test
    void aMalformedSecondPageKeepsNothingOfTheUnit() {
        wm.stubFor(get(urlPathEqualTo(RecordedJolpica.url("2023/1/laps.json"))).atPriority(1)
                .withQueryParam("offset", equalTo("100"))
                .willReturn(aResponse().withStatus(200).withBody("{\"MRData\": {\"limit\": \"100\", \"of")));

        UnitResult r;
        try (LogCapture log = LogCapture.of(UnitLoader.class)) {
            r = loader.load(LoadUnit.ofRound(JolpicaEndpoint.LAPS, 2023, 1, LocalDate.of(2023, 3, 5)), "test", p -> { });
            assertThat(log.containing("load of 2023/1/laps failed")).singleElement()
                    .satisfies(l -> assertThat(l.mdc()).containsEntry("season", "2023").containsEntry("round", "1"));
        }

        assertThat(r.ok()).isFalse();
        assertThat(r.pagesDone()).isEqualTo(1);
        assertThat(r.url()).isEqualTo(RecordedJolpica.pageUrl("2023/1/laps.json", 100));
        assertThat(r.reason()).contains("not JSON");
        assertThat(warehouse.count("stg_laps_jolpica")).isZero();
        assertThat(warehouse.recentLoadErrors(5)).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo(RecordedJolpica.pageUrl("2023/1/laps.json", 100));
            assertThat(e.reason()).startsWith("2023/1/laps: body is not JSON");
        });
        assertThat(warehouse.recentLoads(5)).singleElement().satisfies(l -> {
            assertThat(l.outcome()).isEqualTo("failed");
            assertThat(l.rows()).isZero();
        });
        assertThat(warehouse.completedUnits(2023)).isEmpty();
    }

    @Test
    void aRowWithoutItsKeyFailsTheUnitNamingUrlAndField() {
        String body = RecordedJolpica.read("2023_status.json").replaceFirst("\"statusId\":\\s*\"1\",", "");
        assertThat(body).isNotEqualTo(RecordedJolpica.read("2023_status.json"));
        wm.stubFor(get(urlPathEqualTo(RecordedJolpica.url("2023/status.json"))).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody(body)));

        UnitResult r = loader.load(LoadUnit.ofSeason(JolpicaEndpoint.STATUS, 2023), "test", p -> { });

        assertThat(r.ok()).isFalse();
        assertThat(r.url()).isEqualTo(RecordedJolpica.pageUrl("2023/status.json", 0));
        assertThat(r.reason()).isEqualTo("cannot map a row: row 0 has no key field statusId");
        assertThat(warehouse.count("stg_status")).isZero();
    }

    @Test
    void aWarehouseFailureOnOneRowKeepsNothingOfTheUnit() throws Exception {
        // a real constraint the warehouse enforces: one of the nine recorded status rows (statusId 54) breaks it
        Path file = dir.resolve("warehouse.duckdb");
        warehouse.close();
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), new Properties());
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE stg_status");
            s.execute(DuckDbWarehouseAccess.createTable(StagingTables.STATUS).replace("raw VARCHAR NOT NULL",
                    "raw VARCHAR NOT NULL CHECK (status_id <> '54')"));
        }
        warehouse = new DuckDbWarehouse(file);
        warehouse.createSchema();
        loader = new UnitLoader(client, warehouse, registry, Clock.systemUTC());

        UnitResult r = loader.load(LoadUnit.ofSeason(JolpicaEndpoint.STATUS, 2023), "test", p -> { });

        assertThat(r.ok()).isFalse();
        assertThat(r.url()).isEqualTo(RecordedJolpica.pageUrl("2023/status.json", 0));
        assertThat(r.reason()).startsWith("warehouse: merge into stg_status failed").containsIgnoringCase("constraint");
        assertThat(warehouse.count("stg_status")).isZero(); // not the 8 rows that passed
        assertThat(warehouse.recentLoadErrors(5)).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("2023/status: warehouse: merge into stg_status failed"));
        assertThat(warehouse.recentLoads(5)).singleElement().extracting(l -> l.outcome()).isEqualTo("failed");
    }

    /** The faults in order, then the recording. */
    private void scenario(String path, String file, ResponseDefinitionBuilder... faults) {
        String state = Scenario.STARTED;
        for (int i = 0; i < faults.length; i++) {
            String next = "after-" + i;
            wm.stubFor(get(urlPathEqualTo(RecordedJolpica.url(path))).atPriority(1).inScenario("faults")
                    .whenScenarioStateIs(state).willReturn(faults[i]).willSetStateTo(next));
            state = next;
        }
        wm.stubFor(get(urlPathEqualTo(RecordedJolpica.url(path))).atPriority(1).inScenario("faults")
                .whenScenarioStateIs(state).willReturn(aResponse().withStatus(200).withBody(RecordedJolpica.read(file))));
    }
}
