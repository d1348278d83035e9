package dev.pitwall.staging.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The analysis API over a marts schema as docs/marts.md defines it ({@link MartsFixture}: the real 2025 Australian GP
 * results, Chinese GP race and sprint points of five drivers, 2024 standings after two rounds, five laps of four cars
 * in Melbourne), the content of each endpoint and the errors for bad parameters.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(MartsFixture.class)
class AnalysisResourceTest {

    @Test
    void seasonsSayWhatTheirRacesHave() {
        JsonPath s = get("/api/analysis/seasons");
        assertThat(s.getBoolean("available")).isTrue();
        assertThat(s.getList("seasons.season", Integer.class)).containsExactly(2025, 2024);
        assertThat(s.getMap("seasons[0]")).containsAllEntriesOf(Map.of("races", 3, "racesWithResults", 2,
                "racesWithLaps", 1, "racesWithStints", 1, "racesWithPitStops", 1, "racesWithStandings", 0));
        assertThat(s.getMap("seasons[1]")).containsAllEntriesOf(Map.of("races", 2, "racesWithResults", 0,
                "racesWithStandings", 2));
    }

    @Test
    void racesOfASeasonWithTheirRowCounts() {
        JsonPath r = get("/api/analysis/races?season=2025");
        assertThat(r.getList("races.raceId", Integer.class)).containsExactly(202501, 202502, 202503);
        assertThat(r.getMap("races[0]")).containsAllEntriesOf(Map.of("name", "Australian Grand Prix",
                "date", "2025-03-16", "sessionKey", "9693", "results", 20, "laps", 20, "stints", 5, "pitStops", 2,
                "standings", 0, "hasLaps", true));
        assertThat(r.getMap("races[1]")).containsAllEntriesOf(Map.of("results", 5, "sprintResults", 5, "laps", 0,
                "hasResults", true, "hasLaps", false, "hasPitStops", false));
        assertThat(r.getMap("races[2]")).containsAllEntriesOf(Map.of("results", 0, "hasResults", false));
    }

    @Test
    void standingsWithoutOfficialOnesAreRunningSumsOfRaceAndSprintPoints() {
        JsonPath s = get("/api/analysis/standings?season=2025");
        assertThat(s.getString("basis")).isEqualTo("results");
        assertThat(s.getString("basisNote")).contains("running sums");
        // round 3 has neither results nor standings: no point for it
        assertThat(s.getList("rounds.round", Integer.class)).containsExactly(1, 2);
        assertThat(s.getList("missingRounds", Integer.class)).isEmpty();
        assertThat(s.getList("rounds.basis", String.class)).containsExactly("results", "results");
        assertThat(s.getList("drivers.code", String.class).subList(0, 4)).containsExactly("NOR", "VER", "RUS", "PIA");
        Map<String, Object> norris = s.getMap("drivers[0]");
        assertThat(norris).containsAllEntriesOf(Map.of("driverId", "norris", "name", "Lando Norris",
                "constructorName", "McLaren", "teamColour", "FF8000", "position", 1));
        assertThat(s.getList("drivers[0].points", Float.class)).containsExactly(25f, 44f);
        assertThat(s.getList("drivers[0].positions", Integer.class)).containsExactly(1, 1);
        // Piastri: 2 in Melbourne, then 25 + 7 in China
        assertThat(s.getList("drivers.find { it.code == 'PIA' }.points", Float.class)).containsExactly(2f, 34f);
        assertThat(s.getList("drivers.find { it.code == 'PIA' }.positions", Integer.class)).containsExactly(9, 4);
        assertThat(s.getList("drivers.find { it.code == 'HAM' }.points", Float.class)).containsExactly(1f, 9f);
        assertThat(s.getInt("drivers.size()")).isEqualTo(20);
    }

    @Test
    void standingsOfASeasonWithOfficialOnesUseThem() {
        JsonPath s = get("/api/analysis/standings?season=2024");
        assertThat(s.getString("basis")).isEqualTo("standings");
        assertThat(s.getList("drivers.code", String.class)).containsExactly("VER", "PER", "LEC", "SAI");
        assertThat(s.getList("drivers[0].points", Float.class)).containsExactly(26f, 51f);
        assertThat(s.getList("drivers.find { it.code == 'SAI' }.positions", Integer.class)).containsExactly(3, 4);
    }

    @Test
    void lapChartHasEveryCarFromItsGridSlotInFinishingOrder() {
        JsonPath l = get("/api/analysis/lap-chart?race=202501");
        assertThat(l.getBoolean("available")).isTrue();
        assertThat(l.getInt("laps")).isEqualTo(5);
        assertThat(l.getString("race.name")).isEqualTo("Australian Grand Prix");
        assertThat(l.getInt("cars.size()")).isEqualTo(20);
        assertThat(l.getList("cars.code", String.class).subList(0, 4)).containsExactly("NOR", "VER", "RUS", "ANT");
        assertThat(l.getList("cars[0].positions", Integer.class)).containsExactly(1, 1, 1, 1, 1, 1);
        assertThat(l.getMap("cars[0]")).containsAllEntriesOf(Map.of("carNumber", "4", "teamColour", "FF8000",
                "constructorId", "mclaren", "grid", 1, "finish", "1", "lapsCompleted", 5));
        assertThat(l.getList("cars.find { it.code == 'PIA' }.positions", Integer.class)).containsExactly(2, 3, 3, 3, 4, 4);
        // Sainz crashed on lap 1: his grid slot and no lap
        assertThat(l.getList("cars.find { it.code == 'SAI' }.positions")).containsExactly(10, null, null, null, null, null);
        assertThat(l.getInt("cars.find { it.code == 'SAI' }.lapsCompleted")).isZero();
        assertThat(l.getInt("cars.findAll { it.lapsCompleted > 0 }.size()")).isEqualTo(4);
    }

    @Test
    void tyresListEachDriversStintsInOrder() {
        JsonPath t = get("/api/analysis/tyres?race=202501");
        assertThat(t.getInt("laps")).isEqualTo(5);
        assertThat(t.getList("drivers.code", String.class)).containsExactly("NOR", "VER", "RUS", "PIA");
        assertThat(t.getList("drivers[3].stints.compound", String.class)).containsExactly("INTERMEDIATE", "HARD");
        assertThat(t.getMap("drivers[3].stints[1]")).containsAllEntriesOf(Map.of("stint", 2, "startLap", 5,
                "endLap", 5, "laps", 1, "fresh", true, "tyreAgeAtStart", 0));
    }

    @Test
    void paceIsPerTeamWithoutLapOnePitLapsAndLapsUnderTheSafetyCar() {
        JsonPath p = get("/api/analysis/pace?race=202501");
        assertThat(p.getString("excluded")).contains("pit in and pit out laps").contains("track status other than 1");
        assertThat(p.getMap("excludedLaps")).isEqualTo(Map.of("pitInOrOut", 2, "notGreen", 4, "firstLap", 4,
                "noTime", 0, "noTeam", 0));
        assertThat(p.getInt("lapsUsed")).isEqualTo(10);
        assertThat(p.getList("teams.constructorId", String.class)).containsExactly("mclaren", "red_bull", "mercedes");
        Map<String, Object> mclaren = p.getMap("teams[0]");
        assertThat(mclaren).containsAllEntriesOf(Map.of("name", "McLaren", "teamColour", "FF8000", "laps", 4,
                "minMs", 83900, "maxMs", 84200, "medianMs", 84050.0f, "q1Ms", 83975.0f, "q3Ms", 84125.0f));
        assertThat(p.getList("teams[0].drivers", String.class)).containsExactly("NOR", "PIA");
        assertThat(p.getList("teams[0].times.ms", Integer.class)).containsExactlyInAnyOrder(84000, 84200, 84100, 83900);
        assertThat(p.getInt("teams[2].laps")).isEqualTo(3);
        assertThat(p.getString("teams[2].teamColour")).isNull();
    }

    @Test
    void pitStopsWithDriverAndTeamByLap() {
        JsonPath p = get("/api/analysis/pit-stops?race=202501");
        assertThat(p.getList("sources", String.class)).containsExactly("feed");
        assertThat(p.getString("note")).contains("pit entry to pit exit");
        assertThat(p.getList("stops.code", String.class)).containsExactly("ALO", "PIA");
        assertThat(p.getMap("stops[0]")).containsAllEntriesOf(Map.of("lap", 2, "stop", 1, "carNumber", "14",
                "constructorName", "Aston Martin", "name", "Fernando Alonso", "durationMs", 30100, "source", "feed"));
    }

    @Test
    void aRaceWithoutThatDataSaysSoInsteadOfDrawingZeros() {
        given().get("/api/analysis/pit-stops?race=202503").then().statusCode(200).body("available", equalTo(false))
                .body("reason", containsString("No pit stops for Japanese Grand Prix 2025"))
                .body("stops", hasSize(0)).body("race.round", equalTo(3));
        given().get("/api/analysis/lap-chart?race=202502").then().statusCode(200).body("available", equalTo(false))
                .body("reason", containsString("No laps for Chinese Grand Prix 2025"));
        given().get("/api/analysis/tyres?race=202502").then().statusCode(200).body("available", equalTo(false));
        given().get("/api/analysis/pace?race=202503").then().statusCode(200).body("available", equalTo(false));
        given().get("/api/analysis/standings?season=2025").then().body("drivers[0].teamColour", equalTo("FF8000"));
    }

    @Test
    void badAndUnknownParametersAreNamed() {
        error("/api/analysis/races?season=abc", 400, "season", "abc", "season must be a whole number such as 2025, got 'abc'");
        error("/api/analysis/races", 400, "season", null, "season is required, e.g. ?season=2025");
        error("/api/analysis/races?season=1999", 404, "season", "1999", "no season 1999 in marts.dim_races");
        error("/api/analysis/standings?season=1999", 404, "season", "1999", "no season 1999 in marts.dim_races");
        error("/api/analysis/lap-chart?race=x1", 400, "race", "x1", "race must be a whole number such as 202501, got 'x1'");
        error("/api/analysis/tyres", 400, "race", null, "race is required, e.g. ?race=202501");
        for (String view : List.of("lap-chart", "tyres", "pace", "pit-stops")) {
            given().get("/api/analysis/" + view + "?race=209901").then().statusCode(404)
                    .body("parameter", equalTo("race")).body("value", equalTo("209901"))
                    .body("error", containsString("no race 209901 in marts.dim_races"));
        }
    }

    private static JsonPath get(String path) {
        return given().get(path).then().statusCode(200).body("available", equalTo(true))
                .body("reason", nullValue()).extract().jsonPath();
    }

    private static void error(String path, int status, String parameter, String value, String message) {
        given().get(path).then().statusCode(status).body("error", equalTo(message))
                .body("parameter", equalTo(parameter)).body("value", equalTo(value));
    }
}
