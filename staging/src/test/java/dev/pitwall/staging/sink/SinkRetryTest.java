package dev.pitwall.staging.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.staging.warehouse.DuckDbWarehouse;
import dev.pitwall.staging.warehouse.StagingTable;
import dev.pitwall.staging.warehouse.Warehouse;
import dev.pitwall.staging.warehouse.WarehouseException;
import dev.pitwall.testkit.ContractTopics;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.TopicReader;
import dev.pitwall.testkit.LogCapture;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A warehouse that fails: the sink commits nothing of the failed batches, reads them again after a backoff and,
 * once the warehouse answers, stores every record once. The sink loop runs on its own group against the shared
 * test broker and a real DuckDB file; the failures are injected in front of that file (the first merges throw).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class SinkRetryTest {

    @Test
    void aFailedMergeCommitsNothingAndTheBatchIsStoredOnRetry() throws Exception {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        String group = "pitwall-sink-retry-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ContractTopics.createMissing(bootstrap, 22);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                for (LapRecord lap : RaceSlice.laps()) {
                    producer.send(new ProducerRecord<>(Topics.LAPS, lap.car(), RaceSlice.json(lap)));
                }
            }
            Map<String, Integer> expected = distinctKeysOnTheTopics(bootstrap);

            AtomicInteger merges = new AtomicInteger();
            AtomicReference<Map<TopicPartition, OffsetAndMetadata>> committedAtFailure = new AtomicReference<>();
            Path file = Path.of("target/test-data/sink-retry-" + UUID.randomUUID() + ".duckdb");
            try (Warehouse duckDb = new DuckDbWarehouse(file)) {
                duckDb.createSchema();
                Warehouse failingTwice = new HookedWarehouse(duckDb, n -> {
                    if (merges.incrementAndGet() <= 2) {
                        committedAtFailure.compareAndSet(null, committed(admin, group));
                        throw new WarehouseException("injected: the warehouse is down");
                    }
                });
                SinkStats stats = new SinkStats(new SimpleMeterRegistry());
                SinkConfig config = new TestConfig(group);
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrap, group));
                SinkLoop loop = new SinkLoop(consumer, new DeadLetters(Map.of("bootstrap.servers", bootstrap), config.deadLetterTopic()), failingTwice,
                        stats, config);
                Thread thread = new Thread(loop, "sink-retry-test");
                LogCapture log = LogCapture.of(SinkLoop.class);
                thread.start();
                try {
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                        SinkStatus s = stats.status(config);
                        return s.lag() != null && s.lag() == 0 && s.partitions() == 45
                                && duckDb.count("stg_laps") == expected.get("stg_laps");
                    });
                } finally {
                    loop.stop();
                    thread.join(30_000);
                    log.close();
                }
                // the failed batches' lines name their session (several, comma-separated, when a batch spans them)
                String session = RaceSlice.laps().get(0).sessionKey();
                assertThat(log.containing("nothing committed")).hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(l -> assertThat(l.mdc().get("session")).as("session in the MDC").contains(session));
                assertThat(thread.isAlive()).as("the sink thread stopped").isFalse();
                assertThat(merges.get()).as("merge attempts: two failed, then the retries").isGreaterThan(2);
                assertThat(committedAtFailure.get()).as("offsets the group had committed when the first merge failed")
                        .isEmpty();
                SinkStatus status = stats.status(config);
                assertThat(status.lastError()).contains("not stored").contains("injected: the warehouse is down")
                        .contains("merging");
                for (StagingTable table : List.of(SinkTopic.LAPS.table(), SinkTopic.CAR_SAMPLES.table(),
                        SinkTopic.RACE_EVENTS.table())) {
                    assertThat(duckDb.count(table.name())).as(table.name()).isEqualTo(expected.get(table.name()).longValue());
                }
                Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
                long committedLaps = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.LAPS))
                        .mapToLong(e -> e.getValue().offset()).sum();
                assertThat(committedLaps).as("committed offsets on %s", Topics.LAPS).isEqualTo(endOffsets(admin, Topics.LAPS));
            }
        }
    }

    /** Distinct (session, car, seq) of the storable records on each topic, by staging table. */
    private static Map<String, Integer> distinctKeysOnTheTopics(String bootstrap) {
        Map<String, Set<List<Object>>> keys = new HashMap<>();
        AtomicInteger read = new AtomicInteger();
        try (TopicReader reader = new TopicReader(bootstrap, SinkTopic.topics())) {
            reader.seekToBeginning();
            for (var r : reader.readAll(Duration.ofSeconds(2))) {
                read.incrementAndGet();
                SinkTopic topic = SinkTopic.of(r.topic()).orElseThrow();
                try {
                    RecordKeys k = RecordKeys.read(r.value(), topic.perCar());
                    keys.computeIfAbsent(topic.table().name(), t -> new HashSet<>()).add(List.of(k.sessionKey(), k.car(), k.seq()));
                } catch (PoisonRecordException e) {
                    // the sink sends it to the dead-letter topic
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (SinkTopic t : SinkTopic.values()) {
            counts.put(t.table().name(), keys.getOrDefault(t.table().name(), Set.of()).size());
        }
        assertThat(counts.get("stg_laps")).as("laps on the topic").isGreaterThanOrEqualTo(927);
        return counts;
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> all = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
            all.forEach((tp, o) -> {
                if (o != null) {
                    present.put(tp, o);
                }
            });
            return present;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e);
        }
    }

    private static long endOffsets(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions();
        Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), org.apache.kafka.clients.admin.OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream().mapToLong(r -> r.offset()).sum();
    }

    static Map<String, Object> consumerConfig(String bootstrap, String group) {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", group);
        c.put("enable.auto.commit", false);
        c.put("auto.offset.reset", "earliest");
        c.put("max.poll.records", 500);
        c.put("key.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class.getName());
        c.put("value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class.getName());
        return c;
    }

    /** The sink's settings for the tests: small batches, quick retries (or the batch and commit bounds given). */
    record TestConfig(String group, int batchSize, Duration batchTime, Duration commitTimeout) implements SinkConfig {

        TestConfig(String group) {
            this(group, 300, Duration.ofMillis(200), Duration.ofSeconds(15));
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String deadLetterTopic() {
            return "pitwall.sink.dead-letter";
        }

        @Override
        public Duration pollTimeout() {
            return Duration.ofMillis(100);
        }

        @Override
        public int maxPollRecords() {
            return batchSize;
        }

        @Override
        public Duration retryBackoff() {
            return Duration.ofMillis(100);
        }

        @Override
        public Duration retryBackoffMax() {
            return Duration.ofMillis(400);
        }

        @Override
        public Duration metadataRefresh() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration sessionTimeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Optional<String> instanceId() {
            return Optional.empty();
        }

        @Override
        public Duration lagInterval() {
            return Duration.ofMillis(100);
        }
    }
}
