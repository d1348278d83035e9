package dev.pitwall.replayer.replay;

import dev.pitwall.contract.KafkaConnection;
import dev.pitwall.replayer.config.ReplayerConfig;
import dev.pitwall.replayer.publish.TopicSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import io.smallrye.common.annotation.Identifier;
import org.jboss.logging.Logger;

/**
 * Makes sure the contract's topics exist (creating missing ones with their partition counts) and knows how
 * many partitions the per-car topics have, asking the broker again until it has answered once.
 */
@ApplicationScoped
public class TopicGuard {

    private static final Logger LOG = Logger.getLogger(TopicGuard.class);

    private final ReplayerConfig config;
    private final Map<String, Object> kafkaConfig;
    private final String bootstrap;
    private volatile int perCarPartitions = -1;

    public TopicGuard(ReplayerConfig config,
            @Identifier(KafkaConnection.DEFAULT_KAFKA_BROKER) Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.bootstrap = KafkaConnection.bootstrap(kafkaConfig);
    }

    /** The admin client's settings: the cluster's connection settings, then short timeouts. */
    static Map<String, Object> adminSettings(Map<String, ?> kafkaConfig) {
        return KafkaConnection.settings(kafkaConfig, Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, "pitwall-replayer-admin",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
    }

    /** Creates missing topics; returns false (and logs why) when the broker cannot be reached. */
    public synchronized boolean ensure() {
        try (Admin admin = Admin.create(adminSettings(kafkaConfig))) {
            TopicSetup setup = new TopicSetup(admin, config.topics().carPartitions());
            if (config.topics().create()) {
                perCarPartitions = setup.ensureTopics();
            } else {
                perCarPartitions = setup.perCarPartitions();
            }
            return true;
        } catch (Exception e) {
            LOG.warnf("cannot set up topics on %s yet: %s", bootstrap, e.getMessage());
            return false;
        }
    }

    /** Partitions of the smallest per-car topic (asks the broker if it has not answered yet). */
    public int perCarPartitions() {
        if (perCarPartitions < 0 && !ensure()) {
            throw new IllegalStateException("the Kafka broker at " + bootstrap + " cannot be reached to check the topics");
        }
        return perCarPartitions;
    }
}
