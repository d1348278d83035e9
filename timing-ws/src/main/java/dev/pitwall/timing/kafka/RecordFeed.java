package dev.pitwall.timing.kafka;

import dev.pitwall.contract.CarRecord;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.contract.log.MdcScope;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Reads every partition of every contract topic (manual assignment, no consumer group, so each instance
 * behind a load balancer sees the whole race), from the newest keyframe on, and hands each decoded record
 * to a listener. A record that cannot be decoded is reported with its topic, partition and offset and
 * skipped. A bad record is logged with the car its key names (per-car topics) and the session the feed is serving;
 * a failure while the listener applies a record is logged with that record's session and car. The log context is
 * set only for those lines, not around every record: the listener logs nothing of its own on the way, and a scope
 * per record cost 55-190 ms of the feed thread per race (756k records).
 */
public final class RecordFeed implements Runnable, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RecordFeed.class);

    private final Consumer<String, byte[]> consumer;
    private final RecordDecoder decoder;
    private final FeedListener listener;
    private final AtomicLong consumed = new AtomicLong();
    private final AtomicLong bad = new AtomicLong();
    private volatile boolean running = true;
    private volatile long lag;
    private Set<TopicPartition> partitions = Set.of();
    /** The session of the last record decoded (this thread's only). */
    private String session;
    /** The record the listener is applying, or null (this thread's only; for the log line of a failure). */
    private ContractRecord applying;

    public RecordFeed(Consumer<String, byte[]> consumer, RecordDecoder decoder, FeedListener listener) {
        this.consumer = consumer;
        this.decoder = decoder;
        this.listener = listener;
    }

    @Override
    public void run() {
        try {
            startReading();
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<String, byte[]> r : records) {
                    deliver(r);
                }
                lag = partitions.stream().mapToLong(tp -> consumer.currentLag(tp).orElse(0)).sum();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            ContractRecord failed = applying;
            try (MdcScope log = failed == null ? MdcScope.of(MdcScope.SESSION, session) : MdcScope.of(MdcScope.SESSION,
                    failed.sessionKey()).and(MdcScope.CAR, failed instanceof CarRecord c ? c.car() : null)) {
                LOG.errorf(e, "the record feed stopped%s: %s", failed == null ? "" : " applying a record", e.getMessage());
            }
            throw e;
        } finally {
            consumer.close();
        }
    }

    /**
     * Assigns every contract partition and seeks to the newest keyframe. A cluster that does not answer yet (not
     * started, restarting, unreachable) is asked again every 2 s: the service starts before its broker as well.
     */
    private void startReading() {
        while (running) {
            try {
                partitions = awaitPartitions();
                consumer.assign(partitions);
                Map<TopicPartition, Long> start = FeedStart.offsets(consumer, partitions, decoder);
                start.forEach(consumer::seek);
                LOG.infof("reading %d partitions of %s from the newest keyframe", partitions.size(), Topics.ALL);
                return;
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warnf("the Kafka cluster did not answer (%s); asking again in 2 s", e.getMessage());
                sleep();
            }
        }
        throw new WakeupException();
    }

    private void deliver(ConsumerRecord<String, byte[]> r) {
        try {
            ContractRecord record = decoder.decode(r.topic(), r.partition(), r.offset(), r.value());
            session = record.sessionKey();
            applying = record;
            listener.onRecord(record, r.timestamp());
            applying = null;
            consumed.incrementAndGet();
        } catch (RecordDecoder.BadRecordException e) {
            bad.incrementAndGet();
            boolean perCar = Topics.isPerCar(r.topic());
            try (MdcScope log = MdcScope.of(MdcScope.SESSION, perCar ? session : r.key())
                    .and(MdcScope.CAR, perCar ? r.key() : null)) {
                LOG.warnf("skipped a bad record: %s", e.getMessage());
            }
            listener.onBadRecord(e);
        }
    }

    private Set<TopicPartition> awaitPartitions() {
        while (running) {
            Set<TopicPartition> found = new HashSet<>();
            boolean all = true;
            for (String topic : Topics.ALL) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos == null || infos.isEmpty()) {
                    all = false;
                    break;
                }
                infos.forEach(i -> found.add(new TopicPartition(i.topic(), i.partition())));
            }
            if (all) {
                return found;
            }
            LOG.info("waiting for the replayer to create the contract's topics");
            sleep();
        }
        throw new WakeupException();
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    /** Records decoded and handed on. */
    public long consumed() {
        return consumed.get();
    }

    /** Records skipped because they could not be decoded. */
    public long badRecords() {
        return bad.get();
    }

    /** Records on the broker not yet read, summed over every partition (after the last poll). */
    public long lag() {
        return lag;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
