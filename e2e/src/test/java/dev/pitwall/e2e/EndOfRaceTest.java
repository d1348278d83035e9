package dev.pitwall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.testkit.JolpicaResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.pitwall.testkit.RepoPaths;

/**
 * Acceptance: the bundled 2025 Australian GP replayed at full speed by the packaged replayer into a real broker,
 * and timing-ws's state at the end checked against the real data — the official classification (Jolpica
 * {@code 2025/1/results.json}), each car's official fastest lap, and the tyre stints of the race's live-timing
 * {@code TimingAppData}.
 */
class EndOfRaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stack stack;
    static JsonNode state;
    static List<JolpicaResults.Result> official;

    @BeforeAll
    static void replayWholeRace() throws Exception {
        official = JolpicaResults.read("/jolpica/2025-1-results.json");
        stack = Stack.start();
        stack.replayer("/api/replay/start", "{\"session\":\"" + Stack.BUNDLED_RACE + "\",\"speed\":\"max\"}");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() ->
                "FINISHED".equals(JSON.readTree(stack.get(stack.replayer(), "/api/replay")).path("state").asText()));
        // the replayer has sent everything; timing-ws is done when it has read it all and its state stands still
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode feed = JSON.readTree(stack.get(stack.timing(), "/api/state/feed"));
            long version = JSON.readTree(stack.get(stack.timing(), "/api/state")).path("version").asLong();
            Thread.sleep(1000);
            return feed.path("lag").asLong() == 0
                    && JSON.readTree(stack.get(stack.timing(), "/api/state")).path("version").asLong() == version;
        });
        state = JSON.readTree(stack.get(stack.timing(), "/api/state"));
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void classifiedCarsFinishInTheOfficialOrder() {
        List<String> tower = cars(state);
        List<String> classified = official.stream().filter(JolpicaResults.Result::classified)
                .map(JolpicaResults.Result::car).toList();
        assertThat(classified).hasSize(14);
        assertThat(tower).hasSize(20);
        assertThat(tower.subList(0, 14)).as("tower order of the classified cars").isEqualTo(classified);
        for (JsonNode row : state.path("rows")) {
            official.stream().filter(r -> r.car().equals(row.path("car").asText())).findFirst().ifPresent(r ->
                    assertThat(row.path("lapsCompleted").asInt()).as("laps of car %s", r.car()).isEqualTo(r.laps()));
        }
    }

    @Test
    void retiredCarsFollowInOrderOfLapsCompleted() {
        List<JsonNode> rows = rows(state);
        List<JsonNode> retired = rows.subList(14, rows.size());
        assertThat(retired).allSatisfy(r -> assertThat(r.path("retired").asBoolean())
                .as("car %s is retired", r.path("car").asText()).isTrue());
        assertThat(retired.stream().map(r -> r.path("car").asText()).toList()).containsExactlyInAnyOrderElementsOf(
                official.stream().filter(r -> !r.classified()).map(JolpicaResults.Result::car).toList());
        for (int i = 1; i < retired.size(); i++) {
            assertThat(retired.get(i).path("lapsCompleted").asInt())
                    .as("laps of %s behind %s", retired.get(i).path("car").asText(), retired.get(i - 1).path("car").asText())
                    .isLessThanOrEqualTo(retired.get(i - 1).path("lapsCompleted").asInt());
        }
    }

    @Test
    void everyBestLapIsTheOfficialFastestLap() {
        Map<String, JsonNode> byCar = byCar(state);
        int checked = 0;
        for (JolpicaResults.Result r : official) {
            JsonNode row = byCar.get(r.car());
            if (r.fastestLapMs() == null) {
                assertThat(row.path("bestLapMs").isNull()).as("car %s set no lap", r.car()).isTrue();
                continue;
            }
            assertThat(row.path("bestLapMs").asLong()).as("best lap of %s", r.code()).isEqualTo(r.fastestLapMs());
            checked++;
        }
        assertThat(checked).isEqualTo(17);
    }

    @Test
    void tyreStintsAreThoseOfTimingAppData() throws Exception {
        Map<String, List<TimingAppStints.Stint>> expected = TimingAppStints.read(
                RepoPaths.bundledRaces().resolve(Stack.BUNDLED_RACE));
        Map<String, JsonNode> byCar = byCar(state);
        assertThat(byCar.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, List<TimingAppStints.Stint>> car : expected.entrySet()) {
            List<TimingAppStints.Stint> actual = new ArrayList<>();
            for (JsonNode s : byCar.get(car.getKey()).path("stints")) {
                actual.add(new TimingAppStints.Stint(s.path("compound").asText(null),
                        s.path("fresh").isNull() ? null : s.path("fresh").asBoolean(),
                        s.path("tyreAgeAtStart").isNull() ? null : s.path("tyreAgeAtStart").asInt(),
                        s.path("laps").isNull() ? null : s.path("laps").asInt()));
            }
            assertThat(actual).as("stints of car %s", car.getKey()).isEqualTo(car.getValue());
        }
        // the race had pit stops: the winner changed tyres (intermediates to slicks and back)
        assertThat(expected.get("4")).hasSizeGreaterThan(1);
    }

    private static List<JsonNode> rows(JsonNode snapshot) {
        List<JsonNode> rows = new ArrayList<>();
        snapshot.path("rows").forEach(rows::add);
        return rows;
    }

    private static List<String> cars(JsonNode snapshot) {
        return rows(snapshot).stream().map(r -> r.path("car").asText()).toList();
    }

    private static Map<String, JsonNode> byCar(JsonNode snapshot) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        rows(snapshot).forEach(r -> m.put(r.path("car").asText(), r));
        return m;
    }
}
