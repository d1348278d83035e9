package dev.pitwall.staging.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.SaslKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sink's own clients against a cluster that wants a login (a real broker's SASL_PLAINTEXT listener, PLAIN): with
 * the kafka.* security settings the consumer reads and commits in its group, the dead-letter admin creates its topic
 * and the dead-letter producer sends; with a wrong secret the broker turns the consumer away.
 */
class KafkaLoginTest {

    private static final String USER = "pitwall-staging";
    private static final String SECRET = "staging-secret";
    private static final String DEAD_LETTERS = "pitwall.sink.dead-letter.login-test";
    private static SaslKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = SaslKafkaBroker.start(USER, SECRET);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.LAPS, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.LAPS, "4", "{\"lap\":1}")).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.LAPS, "4", "{\"lap\":2}")).get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void withTheLoginTheConsumerReadsAndCommitsInItsGroup() {
        SinkConfig config = new SinkRetryTest.TestConfig("pitwall-sink-login");
        TopicPartition laps = new TopicPartition(Topics.LAPS, 0);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaSink.consumerConfig(broker.kafkaConfig(), config))) {
            consumer.subscribe(List.of(Topics.LAPS));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(new String(r.value(), StandardCharsets.UTF_8));
                }
            }
            assertThat(values).containsExactly("{\"lap\":1}", "{\"lap\":2}");
            consumer.commitSync(Map.of(laps, new OffsetAndMetadata(2)));
            assertThat(consumer.committed(java.util.Set.of(laps)).get(laps).offset()).isEqualTo(2);
        }
    }

    @Test
    void withTheLoginTheDeadLettersGoOut() throws Exception {
        DeadLetters.ensureTopic(broker.kafkaConfig(), DEAD_LETTERS);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(DEAD_LETTERS);
        }
        try (DeadLetters deadLetters = new DeadLetters(broker.kafkaConfig(), DEAD_LETTERS)) {
            deadLetters.send(new ConsumerRecord<>(Topics.LAPS, 0, 7L, "4".getBytes(StandardCharsets.UTF_8),
                    "not json".getBytes(StandardCharsets.UTF_8)), new PoisonRecordException("not-json", "test"));
            deadLetters.flush();
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicPartition p = new TopicPartition(DEAD_LETTERS, 0);
            long end = admin.listOffsets(Map.of(p, org.apache.kafka.clients.admin.OffsetSpec.latest())).partitionResult(p)
                    .get(30, TimeUnit.SECONDS).offset();
            assertThat(end).isEqualTo(1);
        }
    }

    @Test
    void aWrongSecretIsTurnedAway() {
        SinkConfig config = new SinkRetryTest.TestConfig("pitwall-sink-login-wrong");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                KafkaSink.consumerConfig(broker.kafkaConfig(USER, "not-the-secret"), config))) {
            assertThatThrownBy(() -> consumer.partitionsFor(Topics.LAPS, Duration.ofSeconds(30)))
                    .isInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("Invalid username or password");
        }
    }
}
