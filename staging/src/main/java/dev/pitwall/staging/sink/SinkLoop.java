package dev.pitwall.staging.sink;

import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.staging.warehouse.StagingTable;
import dev.pitwall.staging.warehouse.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * The consumer thread: polls, maps records to rows (poison records to the dead-letter topic) and, when a batch is
 * full or old enough, hands it to a writer thread that merges it into the warehouse while the next batch is read.
 * At most one batch is in the writer's hands; its offsets are committed (on this thread, as the consumer requires)
 * only once its merge has returned, so a commit never runs ahead of the warehouse. A batch that fails is dropped
 * and every partition is read again from its last committed offset after a backoff, so nothing accepted is lost
 * and, the merge being keyed on (session, car, seq), nothing is stored twice.
 */
final class SinkLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(SinkLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final DeadLetters deadLetters;
    private final Warehouse warehouse;
    private final SinkStats stats;
    private final SinkConfig config;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "pitwall-kafka-sink-writer"));
    /** The batch being read. */
    private SinkBatch batch = new SinkBatch();
    /** The batch being merged by the writer, or null. */
    private InFlight inFlight;
    /** Committed offset (or the log start, when the group has none) of every assigned partition. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private volatile boolean running = true;
    private long backoffMillis;
    private long lastLagNanos;
    /** Time spent polling and mapping since the last batch was handed over (for the debug log). */
    private long pollNanos;
    private long mapNanos;

    private record InFlight(SinkBatch batch, Future<?> merge, long startedNanos, long pollMillis, long mapMillis) {
    }

    SinkLoop(Consumer<byte[], byte[]> consumer, DeadLetters deadLetters, Warehouse warehouse, SinkStats stats,
            SinkConfig config) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.warehouse = warehouse;
        this.stats = stats;
        this.config = config;
        this.backoffMillis = config.retryBackoff().toMillis();
    }

    /** Asks the loop to store and commit what it has read, and return. */
    void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(SinkTopic.topics(), new Rebalance());
            long batchNanos = config.batchTime().toNanos();
            while (running) {
                long wait = config.pollTimeout().toNanos();
                if (!batch.isEmpty()) {
                    wait = Math.max(0, Math.min(wait, batchNanos - batch.ageNanos(System.nanoTime())));
                }
                if (inFlight != null) {
                    wait = Math.min(wait, TimeUnit.MILLISECONDS.toNanos(20));
                }
                ConsumerRecords<byte[], byte[]> records;
                long polling = System.nanoTime();
                try {
                    records = consumer.poll(Duration.ofNanos(wait));
                } catch (WakeupException e) {
                    break;
                }
                pollNanos += System.nanoTime() - polling;
                if (!records.isEmpty()) {
                    stats.polled(Instant.now());
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        take(r);
                        if (batch.records() >= config.batchSize() && !handOver(true)) {
                            break; // every partition was sought back to its committed offset: the rest comes again
                        }
                    }
                }
                if (inFlight != null && inFlight.merge().isDone()) {
                    complete(true);
                }
                if (batch.ageNanos(System.nanoTime()) >= batchNanos) {
                    handOver(true);
                }
                measureLag(false);
            }
            if (inFlight != null || !batch.isEmpty()) {
                LOG.infof("Kafka sink stopping: storing and committing the last %d records",
                        batch.records() + (inFlight == null ? 0 : inFlight.batch().records()));
                if (handOver(false)) {
                    complete(false);
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Kafka sink stopped on an unexpected failure: %s", e.getMessage());
            stats.error("the sink stopped: " + e, Instant.now());
        } finally {
            writer.shutdown();
            try {
                consumer.close(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.warnf("Kafka sink: closing the consumer failed: %s", e.toString());
            }
            deadLetters.close();
        }
    }

    /** Adds one record to the batch: a row of its table, or a dead letter. */
    private void take(ConsumerRecord<byte[], byte[]> r) {
        long mapping = System.nanoTime();
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        SinkTopic topic = SinkTopic.byName(r.topic());
        if (topic == null) {
            throw new IllegalStateException("not a sink topic: " + r.topic());
        }
        batch.offset(tp, r.offset());
        try {
            RecordKeys keys = RecordKeys.read(r.value(), topic.perCar());
            batch.add(topic.table(), keys.sessionKey(), SinkRows.row(keys, r.value(), r.topic(), r.partition(), r.offset(),
                    batch.loadId(tp), batch.loadedAt()));
        } catch (PoisonRecordException why) {
            try (MdcScope log = DeadLetterContext.of(r, topic, why)) {
                LOG.warnf("Kafka sink: %s/%d/%d goes to %s: %s", r.topic(), r.partition(), r.offset(),
                        config.deadLetterTopic(), why.getMessage());
            }
            deadLetters.send(r, why);
            batch.deadLettered();
        }
        mapNanos += System.nanoTime() - mapping;
    }

    /**
     * Hands the batch being read to the writer, once the one before it is stored and committed.
     *
     * @return false when the batch before it failed (then everything was rewound)
     */
    private boolean handOver(boolean backoff) {
        if (inFlight != null && !complete(backoff)) {
            return false;
        }
        if (batch.isEmpty()) {
            return true;
        }
        SinkBatch merging = batch;
        batch = new SinkBatch();
        Future<?> merge = writer.submit(() -> merge(merging));
        inFlight = new InFlight(merging, merge, System.nanoTime(), TimeUnit.NANOSECONDS.toMillis(pollNanos),
                TimeUnit.NANOSECONDS.toMillis(mapNanos));
        pollNanos = 0;
        mapNanos = 0;
        return true;
    }

    /** On the writer thread: the batch's rows into the warehouse, table by table. */
    private void merge(SinkBatch b) {
        for (Map.Entry<StagingTable, List<Map<String, Object>>> e : b.rows().entrySet()) {
            try {
                warehouse.merge(e.getKey(), e.getValue());
            } catch (RuntimeException failure) {
                throw new IllegalStateException("merging " + e.getValue().size() + " rows into " + e.getKey().name()
                        + " failed: " + failure.getMessage(), failure);
            }
        }
    }

    /**
     * Waits for the batch in the writer's hands, then sends its dead letters and commits its offsets. On failure
     * nothing is committed: that batch and the one being read are dropped and every partition is read again from
     * its last committed offset, after a backoff when {@code backoff}.
     *
     * @return whether the batch is durable and committed
     */
    private boolean complete(boolean backoff) {
        InFlight f = inFlight;
        inFlight = null;
        SinkBatch b = f.batch();
        String merge = "merge";
        String stage = merge;
        try {
            waitFor(f.merge());
            stage = "sending dead letters to " + config.deadLetterTopic();
            deadLetters.flush();
            stage = "committing offsets";
            Map<TopicPartition, OffsetAndMetadata> offsets = b.commitOffsets();
            try {
                consumer.commitSync(offsets, config.commitTimeout());
            } catch (WakeupException e) {
                // a stop woke the consumer up; the wake-up is spent, commit again
                consumer.commitSync(offsets, config.commitTimeout());
            }
            committed.putAll(b.nextOffsets());
            b.rows().forEach((table, rows) -> stats.rowsWritten(table.name(), rows.size()));
            stats.deadLettered(b.deadLetters());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - f.startedNanos());
            stats.batch(b.records(), millis, Instant.now());
            if (LOG.isDebugEnabled()) {
                try (MdcScope log = MdcScope.of(MdcScope.SESSION, b.sessions())) {
                    LOG.debugf("Kafka sink: stored and committed %d records in %d ms (read in polls of %d ms and mapping of %d ms): %s",
                            b.records(), millis, f.pollMillis(), f.mapMillis(), b.describe());
                }
            }
            backoffMillis = config.retryBackoff().toMillis();
            measureLag(true);
            return true;
        } catch (RuntimeException e) {
            // rows merged before a later step failed stay stored; reading them again keeps them once
            String outcome = merge.equals(stage) ? "not stored" : "stored, offsets not committed";
            String what = "batch of " + b.records() + " records (" + b.describe() + ") " + outcome + ": " + stage
                    + " failed: " + e.getMessage();
            try (MdcScope log = MdcScope.of(MdcScope.SESSION, b.sessions())) {
                LOG.errorf("Kafka sink: %s; nothing committed, reading it again in %d ms", what, backoff ? backoffMillis : 0);
            }
            stats.error(what, Instant.now());
            rewind();
            if (backoff) {
                pause(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, config.retryBackoffMax().toMillis());
            }
            return false;
        }
    }

    private static void waitFor(Future<?> merge) {
        try {
            merge.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the warehouse", e);
        }
    }

    /**
     * Drops the batch being read and seeks every assigned partition back to its last committed offset, so what was
     * not committed is read again.
     */
    private void rewind() {
        for (TopicPartition tp : consumer.assignment()) {
            Long offset = committed.get(tp);
            if (offset != null) {
                consumer.seek(tp, offset);
            }
        }
        deadLetters.discard();
        batch.clear();
    }

    private void pause(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lag = end offsets minus committed offsets over the assigned partitions, at most once per lag interval. */
    private void measureLag(boolean afterCommit) {
        long now = System.nanoTime();
        if (!afterCommit && now - lastLagNanos < config.lagInterval().toNanos()) {
            return;
        }
        lastLagNanos = now;
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return;
        }
        try {
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(5));
            Map<String, Long> byTopic = new HashMap<>();
            ends.forEach((tp, end) -> byTopic.merge(tp.topic(), Math.max(0, end - committed.getOrDefault(tp, 0L)), Long::sum));
            stats.lag(byTopic, assigned.size());
        } catch (WakeupException e) {
            running = false;
        } catch (RuntimeException e) {
            LOG.debugf("Kafka sink: could not measure the lag: %s", e.toString());
        }
    }

    /** Commits what is read before partitions go; learns where the group stands on the partitions it gets. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (handOver(false) && inFlight != null) {
                complete(false);
            }
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            LOG.warnf("Kafka sink: lost %d partitions; their uncommitted records will be read again by their next owner",
                    partitions.size());
            if (inFlight != null) {
                try {
                    waitFor(inFlight.merge());
                } catch (RuntimeException e) {
                    try (MdcScope log = MdcScope.of(MdcScope.SESSION, inFlight.batch().sessions())) {
                        LOG.warnf("Kafka sink: the batch being merged failed: %s", e.getMessage());
                    }
                }
                inFlight = null;
            }
            rewind();
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            Set<TopicPartition> set = Set.copyOf(partitions);
            Map<TopicPartition, OffsetAndMetadata> known = consumer.committed(set, Duration.ofSeconds(30));
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(set, Duration.ofSeconds(30));
            for (TopicPartition tp : set) {
                OffsetAndMetadata c = known.get(tp);
                committed.put(tp, c != null ? c.offset() : starts.getOrDefault(tp, 0L));
            }
            LOG.infof("Kafka sink: %d partitions assigned (%d in all)", partitions.size(), consumer.assignment().size());
            lastLagNanos = 0;
        }
    }
}
