package dev.pitwall.replayer.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The bundled race replayed as fast as possible into the real broker: a consumer reads back every lap, car
 * sample, race-control message and track-status change exactly once, each car on a partition of its own,
 * with sequence numbers rising strictly per car.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class FullReplayTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyRecordOnceInOrderOnePartitionPerCar() {
        try (TopicReader reader = new TopicReader(KafkaBrokerResource.bootstrapServers(), Topics.ALL)) {
            given().contentType("application/json")
                    .body(Map.of("session", BundledRace.ID, "speed", "max"))
                    .post("/api/replay/start").then().statusCode(200);

            Map<String, Integer> perTopic = new TreeMap<>();
            Map<String, Set<Integer>> partitionsOfCar = new HashMap<>();
            Map<Integer, Set<String>> carsOfPartition = new HashMap<>();
            Map<String, Long> lastSeq = new HashMap<>();
            Set<String> seen = new HashSet<>();
            Map<String, Integer> raceEventTypes = new TreeMap<>();
            int[] orderViolations = {0};
            int[] duplicates = {0};
            AtomicBoolean ended = new AtomicBoolean();

            boolean done = reader.readUntil(r -> {
                perTopic.merge(r.topic(), 1, Integer::sum);
                JsonNode v = read(r);
                if (Topics.isPerCar(r.topic())) {
                    String car = r.key();
                    partitionsOfCar.computeIfAbsent(r.topic() + "/" + car, k -> new HashSet<>()).add(r.partition());
                    carsOfPartition.computeIfAbsent(r.partition() * 10 + Topics.PER_CAR.indexOf(r.topic()), k -> new HashSet<>()).add(car);
                    long seq = v.get("seq").asLong();
                    Long previous = lastSeq.put(r.topic() + "/" + car, seq);
                    if (previous != null && seq <= previous) {
                        orderViolations[0]++;
                    }
                    if (!seen.add(r.topic() + "/" + car + "/" + seq)) {
                        duplicates[0]++;
                    }
                } else if (r.topic().equals(Topics.RACE_EVENTS)) {
                    raceEventTypes.merge(v.get("type").asText(), 1, Integer::sum);
                } else if (r.topic().equals(Topics.REPLAY_CLOCK) && "END".equals(v.get("type").asText())) {
                    ended.set(true);
                }
            }, () -> ended.get() && perTopic.getOrDefault(Topics.CAR_SAMPLES, 0) >= BundledRace.CAR_SAMPLES
                    && perTopic.getOrDefault(Topics.LAPS, 0) >= BundledRace.LAPS, Duration.ofMinutes(6));

            // anything past the expected counts would show up as duplicates or extra records
            reader.readUntil(r -> perTopic.merge(r.topic(), 1, Integer::sum), () -> false, Duration.ofSeconds(2));

            System.out.printf("full replay: %s, race events %s%n", perTopic, raceEventTypes);
            assertThat(done).as("the replay ended and every record arrived").isTrue();
            assertThat(perTopic.get(Topics.LAPS)).isEqualTo(BundledRace.LAPS);
            assertThat(perTopic.get(Topics.CAR_SAMPLES)).isEqualTo(BundledRace.CAR_SAMPLES);
            assertThat(raceEventTypes.get("RACE_CONTROL")).isEqualTo(BundledRace.RACE_CONTROL);
            assertThat(raceEventTypes.get("TRACK_STATUS")).isEqualTo(BundledRace.TRACK_STATUS);
            assertThat(duplicates[0]).as("records read twice").isZero();
            assertThat(orderViolations[0]).as("sequence numbers not rising per car").isZero();
            assertThat(partitionsOfCar.values()).allSatisfy(p -> assertThat(p).hasSize(1));
            assertThat(carsOfPartition.values()).allSatisfy(c -> assertThat(c).hasSize(1));
            assertThat(partitionsOfCar.keySet().stream().filter(k -> k.startsWith(Topics.TIMING + "/")).count())
                    .isEqualTo(BundledRace.CARS);
        }
    }

    private JsonNode read(ConsumerRecord<String, byte[]> r) {
        try {
            return json.readTree(r.value());
        } catch (java.io.IOException e) {
            throw new AssertionError("record on " + r.topic() + " is not JSON", e);
        }
    }
}
