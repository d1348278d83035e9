package dev.pitwall.replayer.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.publish.ProducerSettings;
import dev.pitwall.replayer.publish.TopicSetup;
import dev.pitwall.testkit.SaslKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replayer's own clients log in to a cluster that wants a login (a real broker's SASL_PLAINTEXT listener with
 * the PLAIN mechanism, as Confluent Cloud's SASL_SSL + PLAIN): with the kafka.* security settings the topic admin
 * creates the topics and the producer publishes; with a wrong secret the broker turns them away.
 */
class KafkaLoginTest {

    private static final String USER = "pitwall-replayer";
    private static final String SECRET = "replayer-secret";
    private static SaslKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = SaslKafkaBroker.start(USER, SECRET);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void withTheLoginTheAdminCreatesTheTopicsAndTheProducerPublishes() throws Exception {
        Map<String, Object> kafka = broker.kafkaConfig();

        try (Admin admin = Admin.create(TopicGuard.adminSettings(kafka))) {
            new TopicSetup(admin, 4).ensureTopics();
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ProducerSettings.of(kafka, 30_000, Map.of()))) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(Topics.RACE_EVENTS, "9693", ("event " + i).getBytes(StandardCharsets.UTF_8)))
                        .get(30, TimeUnit.SECONDS);
            }
        }

        // read back on the broker's plain listener: the records are there
        assertThat(readAll(broker.bootstrapServers(), Topics.RACE_EVENTS)).containsExactly("event 0", "event 1", "event 2");
    }

    @Test
    void aWrongSecretIsTurnedAway() {
        Map<String, Object> kafka = broker.kafkaConfig(USER, "not-the-secret");

        try (Admin admin = Admin.create(TopicGuard.adminSettings(kafka))) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("Invalid username or password");
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ProducerSettings.of(kafka, 30_000, Map.of()))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.RACE_EVENTS, "9693", new byte[1]))
                    .get(30, TimeUnit.SECONDS))
                    .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(SaslAuthenticationException.class));
        }
    }

    @Test
    void withOnlyTheBootstrapServersAsBeforeTheClientNeverGetsIn() {
        Map<String, Object> kafka = Map.of("bootstrap.servers", broker.saslBootstrapServers());
        Map<String, Object> settings = new java.util.HashMap<>(TopicGuard.adminSettings(kafka));
        settings.put("default.api.timeout.ms", 3_000);
        settings.put("request.timeout.ms", 2_000);

        try (Admin admin = Admin.create(settings)) {
            // the broker drops a client that does not start the SASL handshake; it retries until it gives up
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName()))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(new String(r.value(), StandardCharsets.UTF_8));
                }
            }
            return values;
        }
    }
}
