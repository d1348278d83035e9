package dev.pitwall.replayer.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The race clock against the real broker: pacing at 10x (p99 send lag within 10 ms), pause (nothing sent
 * 50 ms after it), resume, and seek to lap 30 (a keyframe, then the race carries on from lap 30).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ClockControlTest {

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        given().post("/api/replay/stop").then().statusCode(200);
    }

    @Test
    void tenTimesRealTimeKeepsToSchedule() {
        start(Map.of("session", BundledRace.ID, "speed", "10", "fromLap", 5));
        await().atMost(Duration.ofSeconds(60)).until(() -> status().getLong("sendLagSamples") >= 20_000);
        JsonPath st = status();
        System.out.printf("10x pacing: %d sends, p50 %.2f ms, p99 %.2f ms, %s events/s%n", st.getLong("sendLagSamples"),
                st.getDouble("sendLagP50Ms"), st.getDouble("sendLagP99Ms"), st.getString("eventsPerSecond"));
        assertThat(st.getString("state")).isEqualTo("PLAYING");
        assertThat(st.getDouble("sendLagP99Ms")).as("p99 of send time minus scheduled time, ms").isLessThanOrEqualTo(10.0);
    }

    @Test
    void pauseStopsSendingWithin50msAndResumeCarriesOn() throws Exception {
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), List.of(Topics.CAR_SAMPLES))) {
            start(Map.of("session", BundledRace.ID, "speed", "10", "fromLap", 10));
            await().atMost(Duration.ofSeconds(30)).until(() -> status().getLong("eventsSent") > 3000);
            long pausedAt = System.currentTimeMillis();
            given().post("/api/replay/pause").then().statusCode(200);
            long pauseReturned = System.currentTimeMillis();
            JsonPath paused = status();
            Thread.sleep(1000);
            assertThat(status().getLong("eventsSent")).as("records sent while paused").isEqualTo(paused.getLong("eventsSent"));
            List<ConsumerRecord<String, byte[]>> records = reader.readAll(Duration.ofSeconds(2));
            long lastSend = records.stream().mapToLong(ConsumerRecord::timestamp).max().orElseThrow();
            System.out.printf("pause: last record sent %d ms after the pause call (call took %d ms)%n",
                    lastSend - pausedAt, pauseReturned - pausedAt);
            assertThat(paused.getString("state")).isEqualTo("PAUSED");
            assertThat(lastSend - pauseReturned).as("ms between the pause and the last record sent").isLessThanOrEqualTo(50);

            reader.mark();
            given().post("/api/replay/resume").then().statusCode(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> status().getLong("eventsSent") > paused.getLong("eventsSent") + 500);
            assertThat(status().getString("state")).isEqualTo("PLAYING");
        }
    }

    @Test
    void seekToLap30EmitsKeyframeAndCarriesOnFromLap30() throws Exception {
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(),
                List.of(Topics.REPLAY_CLOCK, Topics.LAPS, Topics.CAR_SAMPLES))) {
            start(Map.of("session", BundledRace.ID, "speed", "20", "fromLap", 3));
            await().atMost(Duration.ofSeconds(30)).until(() -> status().getLong("eventsSent") > 2000);
            reader.mark();
            given().queryParam("lap", 30).post("/api/replay/seek").then().statusCode(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> status().getInt("lap") >= 31);
            given().post("/api/replay/pause").then().statusCode(200);

            List<JsonNode> clock = new ArrayList<>();
            List<ConsumerRecord<String, byte[]>> others = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> r : reader.readAll(Duration.ofSeconds(2))) {
                if (r.topic().equals(Topics.REPLAY_CLOCK)) {
                    clock.add(read(r));
                } else {
                    others.add(r);
                }
            }
            JsonNode seek = clock.stream().filter(c -> c.get("type").asText().equals("SEEK")).findFirst().orElseThrow();
            // records sent once the seek was announced (the record being sent when it came may share its millisecond)
            long seekSent = java.time.Instant.parse(seek.get("wallClock").asText()).toEpochMilli();
            List<JsonNode> after = others.stream().filter(r -> r.timestamp() >= seekSent).map(this::read).toList();
            JsonNode keyframe = clock.stream().filter(c -> c.get("type").asText().equals("KEYFRAME")).findFirst().orElseThrow();
            long lap30 = seek.get("sessionTimeMs").asLong();
            assertThat(seek.get("lap").asInt()).isEqualTo(30);
            assertThat(keyframe.get("sessionTimeMs").asLong()).isGreaterThanOrEqualTo(lap30);
            assertThat(keyframe.get("keyframe").get("lapCount").get("currentLap").asInt()).isEqualTo(30);
            assertThat(keyframe.get("keyframe").get("timing").size()).isGreaterThanOrEqualTo(15);
            // at most one record picked before the seek may still go out; everything else is from lap 30 on
            long early = after.stream().filter(r -> r.get("sessionTimeMs").asLong() < lap30).count();
            assertThat(early).as("records from before lap 30 after the seek").isLessThanOrEqualTo(1);
            // lapped cars still finish older laps after the leader has started lap 30; what matters is that
            // nothing from before the seek point is sent again and that the race carries on from lap 30
            assertThat(after.stream().filter(r -> r.has("lapTimeMs")).mapToInt(r -> r.get("lap").asInt()).max().orElseThrow())
                    .as("laps completed after the seek reach lap 30").isGreaterThanOrEqualTo(30);
        }
    }

    private void start(Map<String, Object> body) {
        given().contentType("application/json").body(body).post("/api/replay/start").then().statusCode(200);
    }

    private JsonPath status() {
        return given().get("/api/replay").then().statusCode(200).extract().jsonPath();
    }

    private JsonNode read(ConsumerRecord<String, byte[]> r) {
        try {
            return json.readTree(r.value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
