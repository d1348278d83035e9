package dev.pitwall.staging.sink;

import dev.pitwall.contract.KafkaConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;

/**
 * Sends records the sink cannot store to the dead-letter topic, key, value and headers as they were, plus headers
 * naming why and where from: {@value #REASON}, {@value #DETAIL}, {@value #TOPIC}, {@value #PARTITION},
 * {@value #OFFSET} (UTF-8 text). Sends are asynchronous; {@link #flush()} waits for them before the batch that
 * holds them is committed. Producer and admin client reach the cluster with the connection settings of the
 * {@code kafka.*} configuration ({@link KafkaConnection}).
 */
final class DeadLetters implements AutoCloseable {

    static final String REASON = "pitwall.dead-letter.reason";
    static final String DETAIL = "pitwall.dead-letter.detail";
    static final String TOPIC = "pitwall.dead-letter.topic";
    static final String PARTITION = "pitwall.dead-letter.partition";
    static final String OFFSET = "pitwall.dead-letter.offset";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String topic;
    private final KafkaProducer<byte[], byte[]> producer;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();

    /** A sender to {@code topic} on the cluster of {@code kafkaConfig} (the {@code kafka.*} configuration). */
    DeadLetters(Map<String, ?> kafkaConfig, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(producerConfig(kafkaConfig));
    }

    /** The producer's settings: the cluster's connection settings, then idempotent sends with {@code acks=all}. */
    static Map<String, Object> producerConfig(Map<String, ?> kafkaConfig) {
        return KafkaConnection.settings(kafkaConfig, Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "pitwall-staging-sink-dead-letters",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    /** The admin client's settings: the cluster's connection settings and a client id. */
    static Map<String, Object> adminConfig(Map<String, ?> kafkaConfig) {
        return KafkaConnection.settings(kafkaConfig, Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "pitwall-staging-sink-admin"));
    }

    /** Creates the dead-letter topic (one partition) when the broker does not have it; logs when it cannot. */
    static void ensureTopic(Map<String, ?> kafkaConfig, String topic) {
        try (Admin admin = Admin.create(adminConfig(kafkaConfig))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all().get(20, TimeUnit.SECONDS);
            LOG.infof("Kafka sink: created the dead-letter topic %s", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Kafka sink: could not create the dead-letter topic %s (%s); sends to it will fail until it exists",
                        topic, e.getCause());
            }
        } catch (TimeoutException | RuntimeException e) {
            LOG.warnf("Kafka sink: could not create the dead-letter topic %s (%s); sends to it will fail until it exists",
                    topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void send(ConsumerRecord<byte[], byte[]> record, PoisonRecordException why) {
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(topic, null, record.key(), record.value());
        for (Header h : record.headers()) {
            out.headers().add(h);
        }
        out.headers().add(REASON, bytes(why.reason()))
                .add(DETAIL, bytes(why.getMessage()))
                .add(TOPIC, bytes(record.topic()))
                .add(PARTITION, bytes(Integer.toString(record.partition())))
                .add(OFFSET, bytes(Long.toString(record.offset())));
        pending.add(producer.send(out));
    }

    int pending() {
        return pending.size();
    }

    /** Waits until every dead letter sent so far is on the broker; throws if one is not. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> f : pending) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to the dead-letter topic " + topic + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to the dead-letter topic " + topic, e);
        } finally {
            pending.clear();
        }
    }

    /** Forgets sends of a failed batch (they are sent again when the batch is read again). */
    void discard() {
        pending.clear();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
