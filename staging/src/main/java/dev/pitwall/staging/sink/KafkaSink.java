package dev.pitwall.staging.sink;

import dev.pitwall.contract.KafkaConnection;
import dev.pitwall.staging.warehouse.Warehouse;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

/**
 * Starts the Kafka sink on its own thread when {@code pitwall.sink.enabled} (after the warehouse has created its
 * tables), and on shutdown lets it store and commit its last batch before the consumer closes.
 */
@ApplicationScoped
public class KafkaSink {

    private static final Logger LOG = Logger.getLogger(KafkaSink.class);

    @Inject
    SinkConfig config;

    @Inject
    SinkStats stats;

    @Inject
    Warehouse warehouse;

    /** The kafka.* configuration: the sink's clients take its connection and security settings. */
    @Inject
    @Identifier(KafkaConnection.DEFAULT_KAFKA_BROKER)
    Map<String, Object> kafkaConfig;

    private SinkLoop loop;
    private Thread thread;

    /** After the warehouse's own start-up observer (default priority 2500), which creates the tables. */
    void start(@Observes @Priority(3000) StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Kafka sink off (pitwall.sink.enabled=false): no consumer is created");
            return;
        }
        DeadLetters.ensureTopic(kafkaConfig, config.deadLetterTopic());
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(kafkaConfig, config));
        loop = new SinkLoop(consumer, new DeadLetters(kafkaConfig, config.deadLetterTopic()), warehouse, stats, config);
        thread = new Thread(loop, "pitwall-kafka-sink");
        thread.start();
        LOG.infof("Kafka sink on: %s into %s, group %s, batches of %d records or %s, dead letters to %s",
                SinkTopic.topics(), warehouse.kind(), config.group(), config.batchSize(), config.batchTime(),
                config.deadLetterTopic());
    }

    /**
     * The sink consumer's settings: the cluster's connection settings from {@code kafkaConfig}, then the sink's own
     * (its group, manual commits, batch sizes), which no {@code kafka.*} setting changes.
     */
    static Map<String, Object> consumerConfig(Map<String, ?> kafkaConfig, SinkConfig config) {
        Map<String, Object> c = new HashMap<>(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, config.group(),
                ConsumerConfig.CLIENT_ID_CONFIG, "pitwall-staging-sink",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(config.maxPollRecords(), config.batchSize()),
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) config.metadataRefresh().toMillis(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        c.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) config.sessionTimeout().toMillis());
        c.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, config.sessionTimeout().toMillis() / 4));
        config.instanceId().ifPresent(id -> c.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id));
        return KafkaConnection.settings(kafkaConfig, c);
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop == null) {
            return;
        }
        loop.stop();
        try {
            thread.join(60_000);
            if (thread.isAlive()) {
                LOG.warn("Kafka sink: the consumer thread did not stop within 60 s; its last batch is not committed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
