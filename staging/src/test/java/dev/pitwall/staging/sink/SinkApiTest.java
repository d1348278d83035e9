package dev.pitwall.staging.sink;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.ContractTopics;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The sink seen from outside the service only (its REST status and the broker), so that {@code SinkApiIT} can run it
 * against the packaged service: laps on the topic end up in the warehouse with nothing left to read, and a record
 * that is not JSON goes to the dead-letter topic with the headers docs/events.md names.
 */
@QuarkusTest
@TestProfile(SinkApiTest.SinkOn.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class SinkApiTest {

    /** The sink on, on a group and a warehouse file of its own. */
    public static class SinkOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String run = UUID.randomUUID().toString().substring(0, 8);
            return Map.of("pitwall.sink.enabled", "true",
                    "pitwall.sink.group", "pitwall-staging-sink-api-" + run,
                    "pitwall.sink.batch-time", "200ms",
                    "pitwall.sink.metadata-refresh", "300ms",
                    "pitwall.sink.lag-interval", "100ms",
                    "pitwall.warehouse.duckdb.path", "target/test-data/sink-api-" + run + ".duckdb");
        }
    }

    @Test
    void lapsAreStoredAndAPoisonRecordIsDeadLettered() throws Exception {
        // the laps KafkaSinkTest loads first (all but the last), so the two tests' records on the shared topic are
        // the same keys whichever runs first
        List<LapRecord> all = RaceSlice.laps();
        List<LapRecord> laps = all.subList(0, all.size() - 1);
        ContractTopics.createMissing(KafkaBrokerResource.bootstrapServers(), 22);
        String poison = "not json " + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers(),
                        // not idempotent: on a loaded machine the in-JVM broker has refused an idempotent producer's
                        // retried batches (OutOfOrderSequenceException); a resent duplicate is one key to the sink
                        ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (LapRecord lap : laps) {
                sent.add(producer.send(new ProducerRecord<>(Topics.LAPS, lap.car(), RaceSlice.json(lap))));
            }
            sent.add(producer.send(new ProducerRecord<>(Topics.LAPS, "4", poison)));
            for (Future<RecordMetadata> f : sent) {
                f.get(60, TimeUnit.SECONDS); // every record on the broker, or the test fails naming why
            }

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                JsonPath sink = given().get("/api/sink").then().statusCode(200).extract().jsonPath();
                assertThat(sink.getBoolean("enabled")).isTrue();
                assertThat(sink.getLong("rows.stg_laps")).as(sink.prettify()).isGreaterThanOrEqualTo(laps.size());
                assertThat(sink.getLong("deadLettered")).as(sink.prettify()).isGreaterThanOrEqualTo(1);
                assertThat(sink.getLong("lag")).as("nothing left to read: " + sink.prettify()).isZero();
                assertThat(sink.getString("lastError")).isNull();
            });

        }
        // the sink created the dead-letter topic when it first needed it
        try (TopicReader deadLetters = new TopicReader(KafkaBrokerResource.bootstrapServers(), List.of("pitwall.sink.dead-letter"))) {
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, byte[]>[] found = new ConsumerRecord[1];
            deadLetters.seekToBeginning().readUntil(r -> {
                if (poison.equals(new String(r.value(), StandardCharsets.UTF_8))) {
                    found[0] = r;
                }
            }, () -> found[0] != null, Duration.ofSeconds(30));
            assertThat(found[0]).as("the poison record on the dead-letter topic").isNotNull();
            assertThat(header(found[0], "pitwall.dead-letter.reason")).isEqualTo("not-json");
            assertThat(header(found[0], "pitwall.dead-letter.topic")).isEqualTo(Topics.LAPS);
            assertThat(found[0].key()).isEqualTo("4");
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
