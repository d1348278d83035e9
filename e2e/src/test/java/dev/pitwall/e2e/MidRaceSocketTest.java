package dev.pitwall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: a browser connecting to the race socket in the middle of the bundled race (played by the packaged
 * replayer through a real broker) gets a snapshot equal to timing-ws's state, and the diffs that follow, applied
 * in order, reproduce the state the server holds when the replay is paused again.
 */
class MidRaceSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stack stack;

    @BeforeAll
    static void up() throws Exception {
        stack = Stack.start();
        stack.replayer("/api/replay/start", "{\"session\":\"" + Stack.BUNDLED_RACE + "\",\"speed\":\"10\",\"fromLap\":20}");
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode s = state();
            return s.path("rows").size() == 20 && s.path("lapCount").path("currentLap").asInt() >= 20;
        });
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void snapshotOnConnectEqualsTheStateAndDiffsReproduceIt() throws Exception {
        stack.replayer("/api/replay/pause", null);
        JsonNode still = awaitStill();
        assertThat(still.path("clock").path("paused").asBoolean()).isTrue();

        try (RaceSocketClient client = new RaceSocketClient(stack.timing().baseUrl())) {
            JsonNode first = client.next(Duration.ofSeconds(10));
            assertThat(first.path("type").asText()).isEqualTo("snapshot");
            assertThat(SnapshotJson.differences(SnapshotJson.withoutNulls(first.path("snapshot")),
                    SnapshotJson.withoutNulls(still))).as("the snapshot sent on connect vs the server's state").isEmpty();

            stack.replayer("/api/replay/resume", null);
            JsonNode view = first.path("snapshot");
            int diffs = 0;
            long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < until) {
                JsonNode m = client.poll(Duration.ofMillis(500));
                if (m != null) {
                    assertThat(m.path("type").asText()).as("message %s", m).isEqualTo("diff");
                    view = SnapshotJson.apply(view, m.path("diff"));
                    diffs++;
                }
            }
            stack.replayer("/api/replay/pause", null);
            JsonNode end = awaitStill();
            JsonNode m;
            while ((m = client.poll(Duration.ofMillis(700))) != null) {
                view = SnapshotJson.apply(view, m.path("diff"));
                diffs++;
            }
            assertThat(diffs).as("diffs in 8 s of racing at 10x, at most 10 a second").isBetween(20, 95);
            assertThat(view.path("version").asLong()).isEqualTo(end.path("version").asLong());
            assertThat(SnapshotJson.differences(SnapshotJson.withoutNulls(view), SnapshotJson.withoutNulls(end)))
                    .as("the snapshot and the diffs applied in order vs the server's state").isEmpty();
            assertThat(end.path("lapCount").path("currentLap").asInt())
                    .isGreaterThanOrEqualTo(still.path("lapCount").path("currentLap").asInt());
        }
    }

    private static JsonNode state() throws Exception {
        return JSON.readTree(stack.get(stack.timing(), "/api/state"));
    }

    /** The state once timing-ws has read everything and nothing changes for a second. */
    private static JsonNode awaitStill() {
        JsonNode[] holder = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode before = state();
            Thread.sleep(1000);
            JsonNode after = state();
            JsonNode feed = JSON.readTree(stack.get(stack.timing(), "/api/state/feed"));
            holder[0] = after;
            return feed.path("lag").asLong() == 0 && before.path("version").asLong() == after.path("version").asLong();
        });
        return holder[0];
    }
}
