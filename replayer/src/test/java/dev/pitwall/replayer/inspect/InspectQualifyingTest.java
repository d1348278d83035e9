package dev.pitwall.replayer.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.testkit.RepoPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code inspect} on a qualifying session (2024 Spanish GP, shared data only): best laps span the three parts,
 * whose BestLapTime the feed clears as each part starts; checked against Jolpica's 2024/10 qualifying.
 */
class InspectQualifyingTest {

    @Test
    void bestLapsAndOrderAreTheOfficialOnes() throws IOException {
        InspectReport report = Inspector.inspect(
                RepoPaths.requireShared("livetiming/f1_static/2024/2024-06-23_Spanish_Grand_Prix/2024-06-22_Qualifying"));
        JsonNode results = new ObjectMapper().readTree(RepoPaths.requireShared(
                "jolpica/fastf1_test_http_cache/ergast/f1/2024/10/qualifying.json").toFile())
                .at("/MRData/RaceTable/Races/0/QualifyingResults");
        Map<String, String> best = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode r : results) {
            String min = null;
            for (String part : List.of("Q1", "Q2", "Q3")) {
                String t = r.path(part).asText("");
                // same m:ss.fff format: the string order is the time order
                min = !t.isEmpty() && (min == null || t.compareTo(min) < 0) ? t : min;
            }
            best.put(r.get("number").asText(), min);
            order.add(r.get("number").asText());
        }
        assertThat(report.fastestLaps()).containsExactlyInAnyOrderEntriesOf(best);
        assertThat(report.classification()).containsExactlyElementsOf(order);
    }
}
