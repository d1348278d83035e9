package dev.pitwall.timing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feed against a real broker: an instance starting mid-race reads from the newest keyframe on, skips a
 * record that is not JSON of its topic's type (naming where it is, and its car in the log context), and carries
 * on with what follows; a listener that fails on a record stops the feed with a line naming that record's session
 * and car in the log context.
 */
class RecordFeedTest {

    private static final KafkaBrokerResource BROKER = new KafkaBrokerResource();
    private static String bootstrap;
    private final ObjectMapper json = ContractJson.newMapper();

    @BeforeAll
    static void startBroker() throws Exception {
        bootstrap = BROKER.start().get("kafka.bootstrap.servers");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> topics = Topics.ALL.stream()
                    .map(t -> new NewTopic(t, Topics.isPerCar(t) ? 4 : 1, (short) 1)).toList();
            admin.createTopics(topics).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @Test
    void startsAtTheNewestKeyframeAndSkipsABadRecord() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, Topics.CAR_SAMPLES, "4", sample("4", 1, 1000));
            send(producer, Topics.REPLAY_CLOCK, "9693", clock(1, ClockEvent.Type.KEYFRAME, 1000));
            send(producer, Topics.CAR_SAMPLES, "4", sample("4", 2, 2000));
            producer.flush();
            Thread.sleep(20); // the next keyframe gets a later Kafka timestamp than everything above
            send(producer, Topics.REPLAY_CLOCK, "9693", clock(2, ClockEvent.Type.SEEK, 50_000));
            send(producer, Topics.REPLAY_CLOCK, "9693", clock(3, ClockEvent.Type.KEYFRAME, 50_000));
            producer.send(new ProducerRecord<>(Topics.CAR_SAMPLES, 0, "81", "not json".getBytes())).get();
            send(producer, Topics.CAR_SAMPLES, "81", sample("81", 3, 50_100));
            send(producer, Topics.CAR_SAMPLES, "4", sample("4", 3, 50_200));
            producer.flush();
        }
        CollectingListener listener = new CollectingListener();
        List<ContractRecord> received = listener.received;
        List<String> errors = listener.errors;
        RecordFeed feed = new RecordFeed(consumer(), new RecordDecoder(), listener);
        Thread thread = new Thread(feed, "feed-under-test");
        LogCapture log = LogCapture.of(RecordFeed.class);
        thread.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 3 && !errors.isEmpty());
            Thread.sleep(300);
            assertThat(received).extracting(ContractRecord::sessionTimeMs).containsExactlyInAnyOrder(50_000L, 50_100L, 50_200L);
            assertThat(received).filteredOn(r -> r instanceof ClockEvent)
                    .singleElement().satisfies(r -> assertThat(((ClockEvent) r).type()).isEqualTo(ClockEvent.Type.KEYFRAME));
            assertThat(errors).singleElement().satisfies(e -> assertThat(e).startsWith(Topics.CAR_SAMPLES + "-0@").contains("not a CarSample"));
            assertThat(feed.badRecords()).isEqualTo(1);
            assertThat(feed.consumed()).isEqualTo(3);
            assertThat(log.containing("skipped a bad record")).singleElement()
                    .satisfies(l -> assertThat(l.mdc()).as("the bad record's car, from its key").containsEntry("car", "81"));
        } finally {
            feed.close();
            thread.join(10_000);
            log.close();
        }
    }

    @Test
    void aListenerFailingOnARecordStopsTheFeedWithThatRecordsSessionAndCarInTheLog() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            Thread.sleep(20); // this keyframe is the newest: the feed starts here
            send(producer, Topics.REPLAY_CLOCK, "9693", clock(10, ClockEvent.Type.KEYFRAME, 90_000));
            send(producer, Topics.CAR_SAMPLES, "16", sample("16", 10, 90_100));
            producer.flush();
        }
        RecordFeed feed = new RecordFeed(consumer(), new RecordDecoder(), new FeedListener() {
            @Override
            public void onRecord(ContractRecord record, long kafkaTimestamp) {
                if (record instanceof CarSample) {
                    throw new IllegalStateException("injected: the race state cannot take this sample");
                }
            }

            @Override
            public void onBadRecord(RecordDecoder.BadRecordException error) {
            }
        });
        Thread thread = new Thread(feed, "failing-feed-under-test");
        thread.setUncaughtExceptionHandler((t, e) -> { });
        try (LogCapture log = LogCapture.of(RecordFeed.class)) {
            thread.start();
            thread.join(30_000);
            assertThat(thread.isAlive()).as("the feed stopped").isFalse();
            assertThat(log.containing("the record feed stopped applying a record")).singleElement().satisfies(l -> {
                assertThat(l.message()).contains("injected: the race state cannot take this sample");
                assertThat(l.mdc()).containsEntry("session", "9693").containsEntry("car", "16");
            });
        } finally {
            feed.close();
        }
    }

    private void send(KafkaProducer<String, byte[]> producer, String topic, String key, Object value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, json.writeValueAsBytes(value))).get();
    }

    private static CarSample sample(String car, long seq, long t) {
        return new CarSample("9693", car, seq, Instant.EPOCH.plusMillis(t), t, 1, "fastf1", 10_000.0, 280.5, 7, 100.0, 0, 0,
                10.0, 1.0, 2.0, 3.0, null);
    }

    private static ClockEvent clock(long seq, ClockEvent.Type type, long t) {
        Keyframe keyframe = type == ClockEvent.Type.KEYFRAME
                ? new Keyframe(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, null, null, List.of(), null, null) : null;
        return new ClockEvent("9693", seq, Instant.EPOCH.plusMillis(t), t, type, Instant.now(), 1.0, false, 1, 57, keyframe);
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
    }
}
