package dev.pitwall.testkit;

import dev.pitwall.contract.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the contract's topics a test broker lacks (the broker does not create topics on first use). */
public final class ContractTopics {

    private ContractTopics() {
    }

    /**
     * Creates every topic of {@link Topics#ALL} missing on the broker: per-car topics with {@code perCarPartitions}
     * partitions, session-wide ones with one. Topics that exist, or that another client creates meanwhile, are left
     * as they are. Returns once the broker serves every partition of the contract's topics: an idempotent producer
     * that writes to a partition the broker has not yet taken up is told NOT_LEADER for one batch while a later
     * batch can be appended, and its retry of the first then fails for good with an
     * {@code OutOfOrderSequenceException}.
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
            awaitLeaders(admin);
        }
    }

    /**
     * Waits until the broker answers for every partition: a leader in its metadata, then the partition's end offset
     * from its leader (which the admin client asks again while the leader is not ready yet).
     */
    private static void awaitLeaders(Admin admin) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        while (true) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS);
            List<String> leaderless = new ArrayList<>();
            topics.values().forEach(t -> t.partitions().forEach(p -> {
                if (p.leader() == null || p.leader().isEmpty()) {
                    leaderless.add(t.name() + "-" + p.partition());
                }
                partitions.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest());
            }));
            if (leaderless.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("partitions without a leader after 30 s: " + leaderless);
            }
            Thread.sleep(100);
        }
        admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS);
    }
}
