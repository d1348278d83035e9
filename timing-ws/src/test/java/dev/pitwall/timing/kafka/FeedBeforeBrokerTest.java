package dev.pitwall.timing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.BrokerProcess;
import dev.pitwall.testkit.ContractTopics;
import dev.pitwall.testkit.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * timing-ws started before its broker (an ECS task whose cluster is still coming up, a broker restarting): the feed's
 * consumer, with the service's own settings, finds nothing at the bootstrap address for longer than its metadata
 * timeout, says so, keeps asking, and reads the race once a real broker (a separate process) answers there.
 */
class FeedBeforeBrokerTest {

    @TempDir
    Path tmp;

    @Test
    void theFeedWaitsForALateBrokerAndThenReads() throws Exception {
        try (BrokerProcess broker = new BrokerProcess(Files.createDirectories(tmp.resolve("kafka")));
                LogCapture log = LogCapture.of(RecordFeed.class)) {
            CollectingListener listener = new CollectingListener();
            List<ContractRecord> received = listener.received;
            RecordFeed feed = new RecordFeed(new KafkaConsumer<>(FeedRunner.consumerConfig(
                    Map.of("bootstrap.servers", broker.bootstrapServers()))), new RecordDecoder(), listener);
            Thread thread = new Thread(feed, "feed-before-broker");
            thread.start();
            try {
                // nothing listens yet: the consumer's metadata wait (10 s) runs out, and the feed asks again
                await().atMost(Duration.ofSeconds(40)).until(() -> !log.containing("the Kafka cluster did not answer").isEmpty());
                assertThat(thread.isAlive()).as("the feed thread outlives a cluster that does not answer").isTrue();

                broker.start();
                ContractTopics.createMissing(broker.bootstrapServers(), 2);
                ObjectMapper json = ContractJson.newMapper();
                RaceEvent drivers = new RaceEvent("9693", 1, Instant.parse("2025-03-16T04:00:00Z"), 1000,
                        RaceEvent.Type.DRIVER_LIST, null, null, null, null,
                        List.of(new RaceEvent.Driver("4", "NOR", "Lando NORRIS", "McLaren", "F47600", 1)), null, null, null);
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
                    producer.send(new ProducerRecord<>(Topics.RACE_EVENTS, "9693", json.writeValueAsBytes(drivers))).get();
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> !received.isEmpty());
                assertThat(received).singleElement().isEqualTo(drivers);
                assertThat(log.containing("reading ")).isNotEmpty();
            } finally {
                feed.close();
                thread.join(15_000);
            }
        }
    }
}
