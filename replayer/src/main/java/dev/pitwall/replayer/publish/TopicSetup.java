package dev.pitwall.replayer.publish;

import dev.pitwall.contract.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Creates the contract's topics with their partition counts when they are missing, and reports how many
 * partitions the per-car topics really have (an existing topic is never changed).
 */
public final class TopicSetup {

    private static final Logger LOG = Logger.getLogger(TopicSetup.class);

    private final Admin admin;
    private final int carPartitions;

    public TopicSetup(Admin admin, int carPartitions) {
        this.admin = admin;
        this.carPartitions = carPartitions;
    }

    /** Creates missing topics and returns the smallest partition count among the per-car topics. */
    public int ensureTopics() throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : Topics.ALL) {
            if (!existing.contains(topic)) {
                int partitions = Topics.isPerCar(topic) ? carPartitions : Topics.SESSION_PARTITIONS;
                missing.add(new NewTopic(topic, partitions, (short) 1));
            }
        }
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                LOG.infof("created topics %s", missing.stream().map(t -> t.name() + "(" + t.numPartitions() + ")").toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
        }
        awaitLeaders();
        return perCarPartitions();
    }

    /**
     * Waits until every partition of the contract's topics has a leader whose broker really hosts its log. A
     * producer that writes to a fresh topic before that gets NOT_LEADER answers for some batches, and its
     * idempotent sequence numbers can get out of step on that partition for good.
     */
    public void awaitLeaders() throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!leadersReady()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions of the contract's topics still have no leader after 30 s");
            }
            Thread.sleep(100);
        }
    }

    private boolean leadersReady() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS);
        Map<Integer, Set<TopicPartition>> expected = new java.util.HashMap<>();
        for (TopicDescription d : described.values()) {
            for (var p : d.partitions()) {
                if (p.leader() == null || p.leader().isEmpty()) {
                    return false;
                }
                expected.computeIfAbsent(p.leader().id(), id -> new java.util.HashSet<>()).add(new TopicPartition(d.name(), p.partition()));
            }
        }
        var logDirs = admin.describeLogDirs(expected.keySet()).allDescriptions().get(30, TimeUnit.SECONDS);
        for (var entry : expected.entrySet()) {
            Set<TopicPartition> hosted = new java.util.HashSet<>();
            logDirs.getOrDefault(entry.getKey(), Map.of()).values().forEach(dir -> hosted.addAll(dir.replicaInfos().keySet()));
            if (!hosted.containsAll(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The smallest partition count among the per-car topics (warns about each one below the configured count). */
    public int perCarPartitions() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(Topics.PER_CAR).allTopicNames().get(30, TimeUnit.SECONDS);
        int smallest = described.values().stream().mapToInt(d -> d.partitions().size()).min().orElse(0);
        for (TopicDescription d : described.values()) {
            if (d.partitions().size() < carPartitions) {
                LOG.warnf("topic %s has %d partitions, fewer than the %d configured for per-car topics",
                        d.name(), d.partitions().size(), carPartitions);
            }
        }
        return smallest;
    }
}
