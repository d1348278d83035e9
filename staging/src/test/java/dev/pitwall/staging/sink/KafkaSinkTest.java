package dev.pitwall.staging.sink;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.Topics;
import dev.pitwall.staging.warehouse.StagingTables;
import dev.pitwall.staging.warehouse.Warehouse;
import dev.pitwall.testkit.ContractTopics;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.LogCapture;
import dev.pitwall.testkit.TopicReader;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The sink against the real test broker and a real DuckDB file: records of the bundled race on the three topics
 * land as rows with exact counts, committed offsets never run ahead of the rows, a redelivery stores nothing twice,
 * and poison goes to the dead-letter topic while the records after it are stored.
 */
@QuarkusTest
@TestProfile(SinkTestProfile.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaSinkTest {

    static final int SAMPLES = 20_000;
    static List<LapRecord> laps;
    /** Held back from the first load, sent after the poison records. */
    static LapRecord lastLap;
    static List<CarSample> samples;
    static List<RaceEvent> events;
    static Admin admin;
    static KafkaProducer<String, String> producer;

    @Inject
    Warehouse warehouse;

    @BeforeAll
    static void setUp() throws Exception {
        List<LapRecord> all = RaceSlice.laps();
        lastLap = all.get(all.size() - 1);
        laps = all.subList(0, all.size() - 1);
        samples = RaceSlice.samples("NOR", SAMPLES);
        events = RaceSlice.raceEvents();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers()));
        ContractTopics.createMissing(KafkaBrokerResource.bootstrapServers(), 22);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    @AfterAll
    static void tearDown() {
        if (producer != null) {
            producer.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    private static void produceAll() {
        laps.forEach(l -> producer.send(new ProducerRecord<>(Topics.LAPS, l.car(), RaceSlice.json(l))));
        samples.forEach(s -> producer.send(new ProducerRecord<>(Topics.CAR_SAMPLES, s.car(), RaceSlice.json(s))));
        events.forEach(e -> producer.send(new ProducerRecord<>(Topics.RACE_EVENTS, e.sessionKey(), RaceSlice.json(e))));
        producer.flush();
    }

    /** Sum of the group's committed offsets on a topic. */
    private static long committed(String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(SinkTestProfile.GROUP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    /** Sum of a topic's end offsets. */
    private static long end(String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(r -> r.offset()).sum();
    }

    private static void awaitAllCommitted() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                committed(Topics.LAPS) == end(Topics.LAPS) && committed(Topics.CAR_SAMPLES) == end(Topics.CAR_SAMPLES)
                        && committed(Topics.RACE_EVENTS) == end(Topics.RACE_EVENTS));
    }

    @Test
    @Order(1)
    void everyRecordLandsAsOneRowAndOffsetsAreCommittedOnlyAfterTheRows() throws Exception {
        assertThat(end(Topics.CAR_SAMPLES)).as("the car-samples topic starts empty").isZero();
        // watch while the sink works: read the committed offsets first, then the rows; a commit made before its
        // rows were durable would show as more committed records than rows
        AtomicBoolean watching = new AtomicBoolean(true);
        AtomicInteger partial = new AtomicInteger();
        AtomicReference<String> violation = new AtomicReference<>();
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                try {
                    long committed = committed(Topics.CAR_SAMPLES);
                    long rows = warehouse.count(StagingTables.TELEMETRY.name());
                    if (committed > rows) {
                        violation.compareAndSet(null, committed + " car samples committed but only " + rows + " rows stored");
                    }
                    if (committed > 0 && committed < SAMPLES) {
                        partial.incrementAndGet();
                    }
                } catch (Exception e) {
                    violation.compareAndSet(null, "watcher failed: " + e);
                }
            }
        });
        watcher.start();
        produceAll();
        awaitAllCommitted();
        watching.set(false);
        watcher.join();

        assertThat(violation.get()).as("offsets committed ahead of the warehouse").isNull();
        assertThat(partial.get()).as("commits watched while the load was under way").isPositive();
        assertThat(warehouse.count(StagingTables.LAPS.name())).isEqualTo(926);
        assertThat(warehouse.count(StagingTables.TELEMETRY.name())).isEqualTo(SAMPLES);
        assertThat(warehouse.count(StagingTables.RACE_EVENTS.name())).isEqualTo(events.size());
        assertThat(events).hasSizeGreaterThan(150);

        JsonPath status = given().get("/api/sink").then().statusCode(200).extract().jsonPath();
        assertThat(status.getBoolean("enabled")).isTrue();
        assertThat(status.getList("topics")).containsExactly(Topics.LAPS, Topics.CAR_SAMPLES, Topics.RACE_EVENTS);
        assertThat(status.getLong("rows.stg_telemetry")).isEqualTo(SAMPLES);
        assertThat(status.getLong("rows.stg_laps")).isEqualTo(926);
        assertThat(status.getLong("deadLettered")).isZero();
        assertThat(status.getLong("batches")).isGreaterThanOrEqualTo(SAMPLES / 200);
        await().atMost(Duration.ofSeconds(5)).until(() -> given().get("/api/sink").jsonPath().getLong("lag") == 0);
        assertThat(given().get("/api/sink").jsonPath().getInt("partitions")).isEqualTo(45);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("pitwall_sink_rows_total{table=\"stg_telemetry\"} " + SAMPLES + ".0")
                .contains("pitwall_sink_lag{topic=\"pitwall.car-samples\"} 0.0");
    }

    @Test
    @Order(2)
    void aRedeliveryStoresNothingTwice() throws Exception {
        long ends = end(Topics.CAR_SAMPLES);
        produceAll();
        assertThat(end(Topics.CAR_SAMPLES)).isEqualTo(ends + SAMPLES);
        awaitAllCommitted();
        assertThat(warehouse.count(StagingTables.LAPS.name())).isEqualTo(926);
        assertThat(warehouse.count(StagingTables.TELEMETRY.name())).isEqualTo(SAMPLES);
        assertThat(warehouse.count(StagingTables.RACE_EVENTS.name())).isEqualTo(events.size());
        // they were read and merged again, and changed nothing
        assertThat(given().get("/api/sink").jsonPath().getLong("rows.stg_telemetry")).isEqualTo(2L * SAMPLES);
    }

    @Test
    @Order(3)
    void poisonGoesToTheDeadLetterTopicAndTheRecordsAfterItAreStored() throws Exception {
        String lap = RaceSlice.json(lastLap);
        List<String> poison = List.of("LAP 57 " + lastLap.driver(), lap.replace("\"seq\":" + lastLap.seq() + ",", ""),
                lap.replace("\"seq\":" + lastLap.seq() + ",", "\"seq\":\"" + lastLap.seq() + "\","));
        List<String> reasons = List.of("not-json", "missing-field", "wrong-type");
        try (TopicReader deadLetters = new TopicReader(KafkaBrokerResource.bootstrapServers(), List.of("pitwall.sink.dead-letter"));
                LogCapture log = LogCapture.of(SinkLoop.class)) {
            List<RecordMetadata> sent = new ArrayList<>();
            for (String p : poison) {
                sent.add(producer.send(new ProducerRecord<>(Topics.LAPS, 0, lastLap.car(), p)).get());
            }
            producer.send(new ProducerRecord<>(Topics.LAPS, 0, lastLap.car(), lap)).get();
            awaitAllCommitted();
            assertThat(warehouse.count(StagingTables.LAPS.name())).as("the lap after the poison is stored").isEqualTo(927);

            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            assertThat(deadLetters.readUntil(dead::add, () -> dead.size() >= 3, Duration.ofSeconds(20))).isTrue();
            assertThat(dead).hasSize(3);
            for (int i = 0; i < 3; i++) {
                ConsumerRecord<String, byte[]> d = dead.get(i);
                assertThat(d.key()).isEqualTo(lastLap.car());
                assertThat(new String(d.value(), StandardCharsets.UTF_8)).isEqualTo(poison.get(i));
                assertThat(header(d, "pitwall.dead-letter.reason")).isEqualTo(reasons.get(i));
                assertThat(header(d, "pitwall.dead-letter.topic")).isEqualTo(Topics.LAPS);
                assertThat(header(d, "pitwall.dead-letter.partition")).isEqualTo("0");
                assertThat(header(d, "pitwall.dead-letter.offset")).isEqualTo(Long.toString(sent.get(i).offset()));
                assertThat(header(d, "pitwall.dead-letter.detail")).isNotBlank();
            }
            // each dead letter's log line names the car (from the value, else the key of the per-car topic) and the
            // session where the record gave it before it turned out unreadable
            List<LogCapture.Line> lines = log.containing("goes to pitwall.sink.dead-letter");
            assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l.mdc()).containsEntry("car", lastLap.car()));
            assertThat(lines.get(0).mdc()).as("not JSON: no session to name").doesNotContainKey("session");
            assertThat(lines.subList(1, 3)).allSatisfy(l -> assertThat(l.mdc()).containsEntry("session", lastLap.sessionKey()));
        }
        assertThat(given().get("/api/sink").jsonPath().getLong("deadLettered")).isEqualTo(3);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        assertThat(h).as("header %s", name).isNotNull();
        return new String(h.value(), StandardCharsets.UTF_8);
    }
}
