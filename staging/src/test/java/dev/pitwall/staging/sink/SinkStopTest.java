package dev.pitwall.staging.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.staging.warehouse.DuckDbWarehouse;
import dev.pitwall.staging.warehouse.Warehouse;
import dev.pitwall.testkit.BrokerProcess;
import dev.pitwall.testkit.ContractTopics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away while a batch is being stored (a real broker process, stopped in the middle): the batch's
 * rows stay stored, its commit gives up after the sink's commit timeout instead of Kafka's 60 s, and the sink then
 * stops when asked within a bounded time, so a service shutting down after its broker does not hang.
 */
class SinkStopTest {

    @TempDir
    Path tmp;

    @Test
    void aCommitWithTheBrokerGoneGivesUpInTimeAndTheStoredBatchStays() throws Exception {
        List<LapRecord> laps = RaceSlice.laps();
        try (BrokerProcess broker = new BrokerProcess(Files.createDirectories(tmp.resolve("kafka"))).start();
                Warehouse duckDb = new DuckDbWarehouse(tmp.resolve("warehouse.duckdb"))) {
            String bootstrap = broker.bootstrapServers();
            ContractTopics.createMissing(bootstrap, 22);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                for (LapRecord lap : laps) {
                    producer.send(new ProducerRecord<>(Topics.LAPS, lap.car(), RaceSlice.json(lap))).get(30, TimeUnit.SECONDS);
                }
            }
            duckDb.createSchema();

            // one batch of every lap (no time bound): its merge waits until the broker is gone
            CountDownLatch merging = new CountDownLatch(1);
            CountDownLatch brokerGone = new CountDownLatch(1);
            Warehouse warehouse = new HookedWarehouse(duckDb, n -> {
                if (n == 1) {
                    merging.countDown();
                    try {
                        brokerGone.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            SinkConfig config = new SinkRetryTest.TestConfig("pitwall-sink-stop", laps.size(), Duration.ofMinutes(10),
                    Duration.ofSeconds(2));
            SinkStats stats = new SinkStats(new SimpleMeterRegistry());
            SinkLoop loop = new SinkLoop(new KafkaConsumer<>(SinkRetryTest.consumerConfig(bootstrap, config.group())),
                    new DeadLetters(Map.of("bootstrap.servers", bootstrap), config.deadLetterTopic()), warehouse, stats, config);
            Thread thread = new Thread(loop, "sink-stop-test");
            thread.start();
            try {
                assertThat(merging.await(60, TimeUnit.SECONDS)).as("the batch of all laps reached the warehouse").isTrue();
                broker.stop();
                long gone = System.nanoTime();
                brokerGone.countDown();

                await().atMost(Duration.ofSeconds(30)).until(() -> stats.status(config).lastError() != null);
                double gaveUp = (System.nanoTime() - gone) / 1e9;
                assertThat(stats.status(config).lastError()).contains("stored, offsets not committed: committing offsets failed");
                assertThat(gaveUp).as("seconds until the commit gave up (timeout 2 s; Kafka's default is 60 s)")
                        .isLessThan(20);
            } finally {
                long stopping = System.nanoTime();
                loop.stop();
                thread.join(40_000);
                assertThat(thread.isAlive()).as("the sink thread stopped").isFalse();
                System.out.printf("sink stopped %.1f s after it was asked, the broker gone%n", (System.nanoTime() - stopping) / 1e9);
            }
            assertThat(duckDb.count("stg_laps")).as("the batch stored before the broker went").isEqualTo(laps.size());
        }
    }
}
