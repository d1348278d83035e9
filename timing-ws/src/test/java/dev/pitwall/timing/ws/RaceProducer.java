package dev.pitwall.timing.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test helper: plays a {@link LiveRace} onto the contract topics of the test broker, as the replayer would, on
 * a thread of its own, one step every {@code stepMs} until stopped.
 */
final class RaceProducer implements AutoCloseable {

    private final ObjectMapper json = ContractJson.newMapper();
    private final KafkaProducer<String, byte[]> producer;
    private final LiveRace race = new LiveRace();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger steps = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Thread thread;

    RaceProducer(String bootstrap, long stepMs) throws Exception {
        ensureTopics(bootstrap);
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.LINGER_MS_CONFIG, 2,
                // a test needs no exactly-once; idempotent sends to topics created a moment ago were refused with
                // OutOfOrderSequenceException by the in-process broker
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.ACKS_CONFIG, "1"));
        for (String topic : Topics.ALL) {
            producer.partitionsFor(topic); // waits for the metadata of new topics
        }
        send(race.drivers());
        producer.flush();
        thread = new Thread(() -> {
            long next = System.nanoTime();
            while (running.get()) {
                race.step(steps.getAndIncrement()).forEach(this::send);
                producer.flush();
                next += stepMs * 1_000_000L;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "race-producer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Records the broker refused. */
    int failed() {
        return failed.get();
    }

    /** Steps played so far. */
    int steps() {
        return steps.get();
    }

    private void send(LiveRace.Sent sent) {
        try {
            producer.send(new ProducerRecord<>(sent.topic(), sent.key(), json.writeValueAsBytes(sent.record())),
                    (metadata, error) -> {
                        if (error != null) {
                            failed.incrementAndGet();
                        }
                    });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates the contract's topics when a test before has not (per-car topics with 22 partitions, as the replayer). */
    static void ensureTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.ALL.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Topics.isPerCar(t) ? Topics.DEFAULT_CAR_PARTITIONS : 1, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(5000);
        producer.close();
    }
}
