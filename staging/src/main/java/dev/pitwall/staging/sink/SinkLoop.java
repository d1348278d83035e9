package dev.pitwall.staging.sink;

import dev.pitwall.staging.warehouse.StagingTable;
import dev.pitwall.staging.warehouse.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The consumer thread: polls, maps records to rows (poison records to the dead-letter topic), and when a batch is
 * full or old enough merges it into the warehouse and only then commits its offsets. A batch that fails is
 * dropped and every partition is read again from its last committed offset after a backoff, so nothing accepted is lost and, the merge being
 * keyed on (session, car, seq), nothing is stored twice.
 */
final class SinkLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(SinkLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final DeadLetters deadLetters;
    private final Warehouse warehouse;
    private final SinkStats stats;
    private final SinkConfig config;
    private final SinkBatch batch = new SinkBatch();
    /** Committed offset (or the log start, when the group has none) of every assigned partition: the lag base. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private volatile boolean running = true;
    private long backoffMillis;
    private long lastLagNanos;

    SinkLoop(Consumer<byte[], byte[]> consumer, DeadLetters deadLetters, Warehouse warehouse, SinkStats stats,
            SinkConfig config) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.warehouse = warehouse;
        this.stats = stats;
        this.config = config;
        this.backoffMillis = config.retryBackoff().toMillis();
    }

    /** Asks the loop to flush its batch, commit and return. */
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
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = consumer.poll(Duration.ofNanos(wait));
                } catch (WakeupException e) {
                    break;
                }
                if (!records.isEmpty()) {
                    stats.polled(Instant.now());
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        take(r);
                        if (batch.records() >= config.batchSize() && !flush(true)) {
                            break; // every partition was sought back to its committed offset: the rest comes again
                        }
                    }
                }
                if (batch.ageNanos(System.nanoTime()) >= batchNanos) {
                    flush(true);
                }
                measureLag(false);
            }
            if (!batch.isEmpty()) {
                LOG.infof("Kafka sink stopping: storing and committing the last %d records", batch.records());
                flush(false);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Kafka sink stopped on an unexpected failure: %s", e.getMessage());
            stats.error("the sink stopped: " + e, Instant.now());
        } finally {
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
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        SinkTopic topic = SinkTopic.of(r.topic()).orElseThrow(() -> new IllegalStateException("not a sink topic: " + r.topic()));
        batch.offset(tp, r.offset());
        try {
            RecordKeys keys = RecordKeys.read(r.value(), topic.perCar());
            batch.add(topic.table(), SinkRows.row(keys, r.value(), r.topic(), r.partition(), r.offset(), batch.loadId(tp),
                    batch.loadedAt()));
        } catch (PoisonRecordException why) {
            LOG.warnf("Kafka sink: %s/%d/%d goes to %s: %s", r.topic(), r.partition(), r.offset(),
                    config.deadLetterTopic(), why.getMessage());
            deadLetters.send(r, why);
        }
    }

    /**
     * Merges the batch, table by table, then commits its offsets. On failure nothing is committed: the batch is
     * dropped and every partition is read again from its last committed offset, after a backoff when {@code backoff}.
     *
     * @return whether the batch is durable and committed
     */
    private boolean flush(boolean backoff) {
        if (batch.isEmpty()) {
            return true;
        }
        long started = System.nanoTime();
        String stage = "sending dead letters to " + config.deadLetterTopic();
        try {
            int dead = deadLetters.pending();
            deadLetters.flush();
            for (Map.Entry<StagingTable, List<Map<String, Object>>> e : batch.rows().entrySet()) {
                stage = "merging " + e.getValue().size() + " rows into " + e.getKey().name();
                warehouse.merge(e.getKey(), e.getValue());
            }
            stage = "committing offsets";
            Map<TopicPartition, OffsetAndMetadata> offsets = batch.commitOffsets();
            try {
                consumer.commitSync(offsets);
            } catch (WakeupException e) {
                consumer.commitSync(offsets); // a stop woke the consumer up; the wake-up is spent, commit again
            }
            committed.putAll(batch.nextOffsets());
            batch.rows().forEach((table, rows) -> stats.rowsWritten(table.name(), rows.size()));
            stats.deadLettered(dead);
            stats.batch(batch.records(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), Instant.now());
            LOG.debugf("Kafka sink: stored and committed %d records (%s)", batch.records(), batch.describe());
            batch.clear();
            backoffMillis = config.retryBackoff().toMillis();
            measureLag(true);
            return true;
        } catch (RuntimeException e) {
            String what = "batch of " + batch.records() + " records (" + batch.describe() + ") not stored: " + stage
                    + " failed: " + e.getMessage();
            LOG.errorf("Kafka sink: %s; nothing committed, reading it again in %d ms", what, backoff ? backoffMillis : 0);
            stats.error(what, Instant.now());
            rewind();
            if (backoff) {
                pause(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, config.retryBackoffMax().toMillis());
            }
            return false;
        }
    }

    /**
     * Drops the batch and seeks every assigned partition back to its last committed offset, so the batch and
     * anything read after it are read again.
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
            flush(false);
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            LOG.warnf("Kafka sink: lost %d partitions; their uncommitted records will be read again by their next owner",
                    partitions.size());
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
