package dev.pitwall.staging.jolpica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private static final String URL = "http://x/ergast/f1/2025/1/results.json?limit=100&offset=0";
    private final PageParser parser = new PageParser(new ObjectMapper());

    @Test
    void readsARecordedPageWithStringNumbers() {
        JolpicaPage page = parser.parse(URL, Fixtures.read("2025_1_results.json"), JolpicaEndpoint.RESULTS);

        assertThat(page.total()).isEqualTo(20);
        assertThat(page.limit()).isEqualTo(30);
        assertThat(page.rows()).hasSize(20);
        assertThat(page.nextOffset()).isEqualTo(-1);
        assertThat(page.rows().get(19).get("season").asText()).isEqualTo("2025");
    }

    @Test
    void rowsNestedInARaceKeepWhenAndWhereItWas() {
        JolpicaPage page = parser.parse(URL, Fixtures.read("2025_1_results.json"), JolpicaEndpoint.RESULTS);

        var race = page.rows().get(0).get("race");
        assertThat(race.get("raceName").asText()).isEqualTo("Australian Grand Prix");
        assertThat(race.get("date").asText()).isEqualTo("2025-03-16");
        assertThat(race.get("time").asText()).isEqualTo("04:00:00Z");
        assertThat(race.path("Circuit").get("circuitId").asText()).isEqualTo("albert_park");
        assertThat(page.rows().get(0).get("Driver").get("driverId").asText()).isEqualTo("norris");
    }

    @Test
    void theRealLapsPageIsPagedByTimingRows() {
        JolpicaPage page = parser.parse(URL, Fixtures.read("2023_1_laps_page1.json"), JolpicaEndpoint.LAPS);

        assertThat(page.total()).isEqualTo(1055);
        assertThat(page.limit()).isEqualTo(100);
        assertThat(page.rows()).hasSize(100);
        assertThat(page.nextOffset()).isEqualTo(100);
    }

    @Test
    void refusesPagesWithoutTheExpectedShape() {
        assertThatThrownBy(() -> parser.parse(URL, "<html>busy</html>", JolpicaEndpoint.RESULTS))
                .hasMessageContaining(URL).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parser.parse(URL, "{\"x\":1}", JolpicaEndpoint.RESULTS))
                .hasMessageContaining("no MRData");
        assertThatThrownBy(() -> parser.parse(URL,
                "{\"MRData\":{\"limit\":\"100\",\"offset\":\"0\",\"total\":\"3\",\"DriverTable\":{}}}",
                JolpicaEndpoint.RESULTS))
                .hasMessageContaining("no MRData.RaceTable");
        assertThatThrownBy(() -> parser.parse(URL,
                "{\"MRData\":{\"limit\":\"0\",\"offset\":\"0\",\"total\":\"3\",\"RaceTable\":{\"Races\":[]}}}",
                JolpicaEndpoint.RESULTS))
                .hasMessageContaining("cannot page");
    }
}
