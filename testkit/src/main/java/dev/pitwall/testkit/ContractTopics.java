package dev.pitwall.testkit;

import dev.pitwall.contract.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the contract's topics a test broker lacks (the broker does not create topics on first use). */
public final class ContractTopics {

    private ContractTopics() {
    }

    /**
     * Creates every topic of {@link Topics#ALL} missing on the broker: per-car topics with {@code perCarPartitions}
     * partitions, session-wide ones with one. Topics that exist, or that another client creates meanwhile, are left
     * as they are.
     */
    public static void createMissing(String bootstrap, int perCarPartitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Topics.isPerCar(t) ? perCarPartitions : 1, (short) 1)).toList();
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
