package dev.pitwall.replayer.replay;

import dev.pitwall.replayer.config.ReplayerConfig;
import dev.pitwall.replayer.publish.TopicSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes sure the contract's topics exist (creating missing ones with their partition counts) and knows how
 * many partitions the per-car topics have, asking the broker again until it has answered once.
 */
@ApplicationScoped
public class TopicGuard {

    private static final Logger LOG = Logger.getLogger(TopicGuard.class);

    private final ReplayerConfig config;
    private final String bootstrap;
    private volatile int perCarPartitions = -1;

    public TopicGuard(ReplayerConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrap) {
        this.config = config;
        this.bootstrap = bootstrap;
    }

    /** Creates missing topics; returns false (and logs why) when the broker cannot be reached. */
    public synchronized boolean ensure() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
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
