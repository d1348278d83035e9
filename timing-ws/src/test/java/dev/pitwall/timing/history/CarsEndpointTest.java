package dev.pitwall.timing.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.timing.state.FastF1Laps;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/cars/{car}/laps} and {@code /trace} over Norris's real laps and telemetry of the bundled race,
 * applied to the service's race history up to the middle of his fastest lap; the errors (unknown car, no lap yet,
 * bad {@code lap}); and the OpenAPI entries.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class CarsEndpointTest {

    @Inject
    RaceHistory history;

    private String car;
    private List<LapRecord> laps;
    private LapRecord fastest;
    private long now;

    @BeforeEach
    void feedUpToTheMiddleOfTheFastestLap() {
        car = BundledRaceRecords.carOf().get("NOR");
        laps = BundledRaceRecords.laps("NOR");
        fastest = laps.stream().filter(l -> l.lapTimeMs() != null).min(Comparator.comparingLong(LapRecord::lapTimeMs))
                .orElseThrow();
        now = fastest.lapStartMs() + 30_000;
        List<CarSample> samples = BundledRaceRecords.samples("NOR");
        history.apply(RaceHistoryTest.clock(FastF1Laps.SESSION_KEY, 0, dev.pitwall.contract.ClockEvent.Type.SEEK, null));
        for (ContractRecord r : BundledRaceRecords.merged(laps, samples, 0)) {
            if (r.sessionTimeMs() <= now) {
                history.apply(r);
            }
        }
        // a car seen only on the map so far: no lap, no telemetry
        history.apply(new CarSample(FastF1Laps.SESSION_KEY, "6", 0, FastF1Laps.ORIGIN.plusMillis(now), now, null,
                "position", null, null, null, null, null, null, null, -807.0, -1703.0, 88.0, "OnTrack"));
    }

    @Test
    void lapsAreTheCarsLapsSoFarInOrder() {
        List<LapRecord> done = laps.stream().filter(l -> l.sessionTimeMs() <= now).toList();
        JsonPath body = given().get("/api/cars/" + car + "/laps").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        assertThat(body.getList("lap", Integer.class)).containsExactlyElementsOf(done.stream().map(LapRecord::lap).toList());
        LapRecord first = done.get(0);
        Map<String, Object> row = body.getMap("[0]");
        assertThat(row).containsKeys("lap", "lapTimeMs", "sector1Ms", "sector2Ms", "sector3Ms", "compound", "tyreLife",
                "stint", "pitIn", "pitOut", "trackStatus", "completed");
        assertThat(row.get("compound")).isEqualTo(first.compound());
        assertThat(row.get("completed")).isEqualTo(true);
        assertThat(body.getList("findAll { it.pitIn }.lap", Integer.class))
                .isEqualTo(done.stream().filter(l -> l.pitInMs() != null).map(LapRecord::lap).toList());
        given().get("/api/cars/6/laps").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theCurrentAndTheBestLapTraces() {
        JsonPath current = given().get("/api/cars/" + car + "/trace?lap=current").then().statusCode(200).extract().jsonPath();
        assertThat(current.getString("car")).isEqualTo(car);
        assertThat(current.getInt("lap")).isEqualTo(fastest.lap());
        assertThat(current.getString("distanceSource")).isEqualTo("recorded");
        List<Float> distance = current.getList("distance", Float.class);
        assertThat(distance).hasSize(current.getInt("samples")).hasSizeGreaterThan(100);
        assertThat(distance.get(distance.size() - 1)).isBetween(500f, 4000f);
        assertThat(current.getList("speed")).hasSameSizeAs(distance);
        assertThat(current.getList("throttle")).hasSameSizeAs(distance);
        assertThat(current.getList("brake")).hasSameSizeAs(distance);
        assertThat(current.getList("gear")).hasSameSizeAs(distance);
        // with no lap given, the current lap
        given().get("/api/cars/" + car + "/trace").then().statusCode(200).body("lap", equalTo(fastest.lap()));

        LapRecord bestSoFar = laps.stream().filter(l -> l.sessionTimeMs() <= now && l.lapTimeMs() != null)
                .min(Comparator.comparingLong(LapRecord::lapTimeMs)).orElseThrow();
        JsonPath best = given().get("/api/cars/" + car + "/trace?lap=best").then().statusCode(200).extract().jsonPath();
        assertThat(best.getInt("lap")).isEqualTo(bestSoFar.lap());
        assertThat(best.getLong("lapTimeMs")).isEqualTo(bestSoFar.lapTimeMs());
        List<Float> bestDistance = best.getList("distance", Float.class);
        assertThat(bestDistance.get(bestDistance.size() - 1)).isBetween(5200f, 5300f);
    }

    @Test
    void errorsSayWhatIsWrong() {
        given().get("/api/cars/99/laps").then().statusCode(404).contentType("application/json")
                .body("error", equalTo("no car 99 in session " + FastF1Laps.SESSION_KEY));
        given().get("/api/cars/99/trace").then().statusCode(404)
                .body("error", equalTo("no car 99 in session " + FastF1Laps.SESSION_KEY));
        given().get("/api/cars/" + car + "/trace?lap=fastest").then().statusCode(400).contentType("application/json")
                .body("error", equalTo("lap must be 'current' or 'best', not 'fastest'"));
        given().get("/api/cars/6/trace?lap=current").then().statusCode(404)
                .body("error", equalTo("car 6 has no samples of its current lap yet"));
        given().get("/api/cars/6/trace?lap=best").then().statusCode(404)
                .body("error", startsWith("car 6 has no best lap yet"));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/cars/{car}/laps'.get", notNullValue())
                .body("paths.'/api/cars/{car}/trace'.get", notNullValue())
                .body("paths.'/api/track'.get", notNullValue())
                .body("paths.'/api/control'.get", notNullValue())
                .body("paths.'/api/control/seek'.post", notNullValue());
    }
}
