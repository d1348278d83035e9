package dev.pitwall.timing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.SaslKafkaBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feed's consumer, built from a kafka.* configuration with security settings, against a cluster that wants a
 * login (a real broker's SASL_PLAINTEXT listener, PLAIN): with the right secret the feed reads the race; with a wrong
 * one the broker turns it away.
 */
class KafkaLoginTest {

    private static final String USER = "pitwall-timing";
    private static final String SECRET = "timing-secret";
    private static SaslKafkaBroker broker;
    private final ObjectMapper json = ContractJson.newMapper();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = SaslKafkaBroker.start(USER, SECRET);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(Topics.ALL.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void theConsumerSettingsCarryTheLoginAndNoGroup() {
        Map<String, Object> kafka = new java.util.HashMap<>(broker.kafkaConfig());
        kafka.put("group.id", "timing-ws"); // Quarkus adds the application name as group.id to the kafka.* map

        Map<String, Object> c = FeedRunner.consumerConfig(kafka);

        assertThat(c).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", SaslKafkaBroker.jaasConfig(USER, SECRET))
                .containsEntry("bootstrap.servers", broker.saslBootstrapServers())
                .containsEntry("enable.auto.commit", false)
                .doesNotContainKey("group.id");
    }

    @Test
    void withTheLoginTheFeedReadsTheRace() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "key.serializer", StringSerializer.class.getName(), "value.serializer", ByteArraySerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.REPLAY_CLOCK, "9693", json.writeValueAsBytes(keyframe(1000)))).get();
            producer.send(new ProducerRecord<>(Topics.CAR_SAMPLES, "4", json.writeValueAsBytes(sample("4", 1, 1100)))).get();
        }
        CollectingListener listener = new CollectingListener();
        List<ContractRecord> received = listener.received;
        RecordFeed feed = new RecordFeed(new KafkaConsumer<>(FeedRunner.consumerConfig(broker.kafkaConfig())), new RecordDecoder(),
                listener);
        Thread thread = new Thread(feed, "feed-login-test");
        thread.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
            assertThat(received).extracting(ContractRecord::sessionTimeMs).containsExactlyInAnyOrder(1000L, 1100L);
        } finally {
            feed.close();
            thread.join(10_000);
        }
    }

    @Test
    void aWrongSecretIsTurnedAway() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                FeedRunner.consumerConfig(broker.kafkaConfig(USER, "not-the-secret")))) {
            assertThatThrownBy(() -> consumer.partitionsFor(Topics.CAR_SAMPLES, Duration.ofSeconds(30)))
                    .isInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("Invalid username or password");
        }
    }

    private static CarSample sample(String car, long seq, long t) {
        return new CarSample("9693", car, seq, Instant.EPOCH.plusMillis(t), t, 1, "fastf1", 10_000.0, 280.5, 7, 100.0, 0, 0,
                10.0, 1.0, 2.0, 3.0, null);
    }

    private static ClockEvent keyframe(long t) {
        Keyframe keyframe = new Keyframe(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, null, null, List.of(), null, null);
        return new ClockEvent("9693", 1, Instant.EPOCH.plusMillis(t), t, ClockEvent.Type.KEYFRAME, Instant.now(), 1.0, false, 1,
                57, keyframe);
    }
}
