package dev.pitwall.timing.kafka;

import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.KafkaConnection;
import dev.pitwall.timing.history.RaceHistory;
import dev.pitwall.timing.state.RaceState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Runs the record feed on its own thread for the life of the service, applying every record to the race state
 * and to the lap history. The consumer reaches the cluster with the connection settings of the {@code kafka.*}
 * configuration ({@link KafkaConnection}) and reads without a consumer group.
 */
@ApplicationScoped
public class FeedRunner implements FeedListener {

    private final RaceState state;
    private final RaceHistory history;
    private final Map<String, Object> kafkaConfig;
    private RecordFeed feed;

    public FeedRunner(RaceState state, RaceHistory history,
            @Identifier(KafkaConnection.DEFAULT_KAFKA_BROKER) Map<String, Object> kafkaConfig) {
        this.state = state;
        this.history = history;
        this.kafkaConfig = kafkaConfig;
    }

    /**
     * The feed consumer's settings: the cluster's connection settings from {@code kafkaConfig}, then the feed's own.
     * No group id, not even the one Quarkus derives from the application name: every instance reads everything.
     */
    public static Map<String, Object> consumerConfig(Map<String, ?> kafkaConfig) {
        return KafkaConnection.settings(kafkaConfig, Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.CLIENT_ID_CONFIG, "pitwall-timing-ws"));
    }

    void start(@Observes StartupEvent event) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(kafkaConfig));
        feed = new RecordFeed(consumer, new RecordDecoder(), new KeyframeBarrier(this));
        Thread thread = new Thread(feed, "record-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (feed != null) {
            feed.close();
        }
    }

    @Override
    public void onRecord(ContractRecord record, long kafkaTimestamp) {
        state.apply(record, kafkaTimestamp);
        history.apply(record);
    }

    @Override
    public void onBadRecord(RecordDecoder.BadRecordException error) {
        // counted and logged by the feed; the state is left as it was
    }

    /** The running feed (null before start-up). */
    public RecordFeed feed() {
        return feed;
    }
}
