package dev.pitwall.timing.kafka;

import dev.pitwall.contract.ContractRecord;
import dev.pitwall.timing.history.RaceHistory;
import dev.pitwall.timing.state.RaceState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the record feed on its own thread for the life of the service, applying every record to the race state
 * and to the lap history.
 */
@ApplicationScoped
public class FeedRunner implements FeedListener {

    private final RaceState state;
    private final RaceHistory history;
    private final String bootstrap;
    private RecordFeed feed;

    public FeedRunner(RaceState state, RaceHistory history,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrap) {
        this.state = state;
        this.history = history;
        this.bootstrap = bootstrap;
    }

    void start(@Observes StartupEvent event) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.CLIENT_ID_CONFIG, "pitwall-timing-ws"));
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
