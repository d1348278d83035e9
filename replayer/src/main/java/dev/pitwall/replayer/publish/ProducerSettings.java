package dev.pitwall.replayer.publish;

import dev.pitwall.contract.KafkaConnection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producer settings the replayer relies on: idempotent, {@code acks=all}, in order per partition, and a
 * delivery timeout long enough to ride out a broker restart instead of dropping records. How to reach and log in to
 * the cluster comes from the {@code kafka.*} configuration ({@link KafkaConnection}).
 */
public final class ProducerSettings {

    private ProducerSettings() {
    }

    /**
     * Settings for a producer to the cluster of {@code kafkaConfig} (the {@code kafka.*} configuration: only its
     * connection and security keys are taken); {@code overrides} win over the tuning below (e.g. from configuration).
     */
    public static Map<String, Object> of(Map<String, ?> kafkaConfig, long deliveryTimeoutMs, Map<String, Object> overrides) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // No compression by default: on a paced replay each batch holds a record or two, and a compressor
        // allocates its block buffers per batch (2 GB over a 10x test run), which made GC pauses delay records.
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        // keyframes carry a whole session state; brokers accept 1 MiB by default
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024 * 1024 - 1024);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, deliveryTimeoutMs));
        p.put(ProducerConfig.RECONNECT_BACKOFF_MS_CONFIG, 100);
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pitwall-replayer");
        p.putAll(overrides);
        return KafkaConnection.settings(kafkaConfig, p);
    }
}
