package dev.pitwall.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics of a real broker from a marked point on, by manual assignment of every partition: mark the
 * end offsets before an action, then read what the action produced.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> marks = new HashMap<>();

    public TopicReader(String bootstrap, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        }
        consumer.assign(partitions);
        mark();
    }

    /** Remembers the current end of every partition; {@link #readUntil} starts from there. */
    public TopicReader mark() {
        marks.clear();
        marks.putAll(consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30)));
        marks.forEach(consumer::seek);
        return this;
    }

    /** Reads from the beginning of every partition instead of the mark. */
    public TopicReader seekToBeginning() {
        consumer.seekToBeginning(consumer.assignment());
        return this;
    }

    /**
     * Reads from the mark, handing each record to {@code sink}, until {@code done} says so or the timeout
     * passes. Returns whether {@code done} was reached. Records of one partition come in order.
     */
    public boolean readUntil(Consumer<ConsumerRecord<String, byte[]>> sink, BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(sink);
            if (done.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    /** Reads everything from the mark that arrives within {@code quiet} of the previous record. */
    public List<ConsumerRecord<String, byte[]>> readAll(Duration quiet) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        long last = System.nanoTime();
        while (System.nanoTime() - last < quiet.toNanos()) {
            var batch = consumer.poll(Duration.ofMillis(100));
            if (!batch.isEmpty()) {
                batch.forEach(out::add);
                last = System.nanoTime();
            }
        }
        return out;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
