package dev.pitwall.timing.kafka;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractRecord;

/**
 * Puts the records of different partitions in the right order around a replay reset.
 *
 * <p>A {@code SEEK} or {@code KEYFRAME} on the replay clock resets the race state, and the records the replayer
 * sends after it go to other topics and partitions; the consumer may hand some of them over <em>before</em> the
 * reset record, and the reset would then wipe them (a car's only tyre stint, say, lost for the rest of the
 * race). Records the replayer sent before the reset, still on their way on a partition read later, would land
 * on the new state. The Kafka timestamp (the producer's send time) tells them apart: the replayer sends the
 * reset first and everything after it later. So this listener
 * <ul>
 *   <li>keeps the records of the last {@value #WINDOW_MS} ms (by timestamp; at most {@value #MAX_KEPT}), and
 *   after passing on a reset stamped {@code K}, passes on again the kept records stamped {@code K} or later,
 *   in the order they came;</li>
 *   <li>drops a record stamped before the last reset's {@code K}: it belongs to the replay before the reset.</li>
 * </ul>
 * Memory is bounded by the window and the count; a reset that finds a record it needs already evicted can
 * only happen with a partition more than the window behind the others.
 */
public final class KeyframeBarrier implements FeedListener {

    /** How long records are kept for a reset that arrives after them, in Kafka timestamp ms. */
    static final long WINDOW_MS = 5_000;
    /** Most records kept. */
    static final int MAX_KEPT = 200_000;

    private static final Logger LOG = Logger.getLogger(KeyframeBarrier.class);

    private record Kept(ContractRecord record, long timestamp) {
    }

    private final FeedListener next;
    private final Deque<Kept> kept = new ArrayDeque<>();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private long newest = Long.MIN_VALUE;
    private long lastReset = Long.MIN_VALUE;

    public KeyframeBarrier(FeedListener next) {
        this.next = next;
    }

    @Override
    public void onRecord(ContractRecord record, long kafkaTimestamp) {
        if (isReset(record)) {
            if (kafkaTimestamp < lastReset) {
                stale.incrementAndGet();
                return;
            }
            lastReset = kafkaTimestamp;
            next.onRecord(record, kafkaTimestamp);
            List<Kept> after = new ArrayList<>();
            for (Kept k : kept) {
                if (k.timestamp() >= kafkaTimestamp && !isReset(k.record())) {
                    after.add(k);
                }
            }
            kept.clear();
            for (Kept k : after) {
                next.onRecord(k.record(), k.timestamp());
                kept.addLast(k);
            }
            if (!after.isEmpty()) {
                replayed.addAndGet(after.size());
                LOG.debugf("%d records that arrived before the replay reset were applied again after it", after.size());
            }
            return;
        }
        if (kafkaTimestamp < lastReset) {
            stale.incrementAndGet();
            return;
        }
        next.onRecord(record, kafkaTimestamp);
        keep(record, kafkaTimestamp);
    }

    @Override
    public void onBadRecord(RecordDecoder.BadRecordException error) {
        next.onBadRecord(error);
    }

    /** Records passed on again after a reset that arrived after them. */
    public long replayed() {
        return replayed.get();
    }

    /** Records dropped because they were sent before the last reset. */
    public long stale() {
        return stale.get();
    }

    private void keep(ContractRecord record, long timestamp) {
        kept.addLast(new Kept(record, timestamp));
        newest = Math.max(newest, timestamp);
        while (!kept.isEmpty() && (kept.size() > MAX_KEPT || kept.peekFirst().timestamp() < newest - WINDOW_MS)) {
            kept.pollFirst();
        }
    }

    private static boolean isReset(ContractRecord record) {
        return record instanceof ClockEvent c
                && (c.type() == ClockEvent.Type.KEYFRAME || c.type() == ClockEvent.Type.SEEK);
    }
}
