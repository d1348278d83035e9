package dev.pitwall.timing.kafka;

import dev.pitwall.contract.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

/**
 * Where an instance that starts mid-race begins reading: at the newest KEYFRAME on the replay clock (the
 * state at that instant) and, on every other partition, at the first record sent at or after it. Without a
 * keyframe it reads every partition from the beginning.
 */
public final class FeedStart {

    private static final int WINDOW = 200;

    private FeedStart() {
    }

    /** Offsets to start each assigned partition at. */
    public static Map<TopicPartition, Long> offsets(Consumer<String, byte[]> consumer, Set<TopicPartition> partitions,
            RecordDecoder decoder) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> keyframe = null;
        for (TopicPartition tp : partitions) {
            if (tp.topic().equals(Topics.REPLAY_CLOCK)) {
                ConsumerRecord<String, byte[]> found = lastKeyframe(consumer, tp, begins.get(tp), ends.get(tp), decoder);
                if (found != null && (keyframe == null || found.timestamp() > keyframe.timestamp())) {
                    keyframe = found;
                }
            }
        }
        Map<TopicPartition, Long> start = new HashMap<>(begins);
        if (keyframe == null) {
            return start;
        }
        Map<TopicPartition, Long> query = new HashMap<>();
        long keyframeTime = keyframe.timestamp();
        partitions.stream().filter(tp -> !tp.topic().equals(Topics.REPLAY_CLOCK)).forEach(tp -> query.put(tp, keyframeTime));
        Map<TopicPartition, OffsetAndTimestamp> byTime = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
        for (TopicPartition tp : query.keySet()) {
            OffsetAndTimestamp at = byTime.get(tp);
            start.put(tp, at == null ? ends.get(tp) : at.offset());
        }
        start.put(new TopicPartition(keyframe.topic(), keyframe.partition()), keyframe.offset());
        return start;
    }

    private static ConsumerRecord<String, byte[]> lastKeyframe(Consumer<String, byte[]> consumer, TopicPartition tp,
            long begin, long end, RecordDecoder decoder) {
        List<TopicPartition> saved = List.copyOf(consumer.assignment());
        try {
            consumer.assign(List.of(tp));
            for (long to = end; to > begin; to -= WINDOW) {
                long from = Math.max(begin, to - WINDOW);
                consumer.seek(tp, from);
                ConsumerRecord<String, byte[]> last = null;
                long next = from;
                while (next < to) {
                    var batch = consumer.poll(Duration.ofMillis(500)).records(tp);
                    if (batch.isEmpty()) {
                        break;
                    }
                    for (ConsumerRecord<String, byte[]> r : batch) {
                        next = r.offset() + 1;
                        if (r.offset() < to && isKeyframe(r, decoder)) {
                            last = r;
                        }
                    }
                }
                if (last != null) {
                    return last;
                }
            }
            return null;
        } finally {
            consumer.assign(saved);
        }
    }

    private static boolean isKeyframe(ConsumerRecord<String, byte[]> r, RecordDecoder decoder) {
        try {
            return decoder.decode(r.topic(), r.partition(), r.offset(), r.value()) instanceof dev.pitwall.contract.ClockEvent c
                    && c.type() == dev.pitwall.contract.ClockEvent.Type.KEYFRAME;
        } catch (RecordDecoder.BadRecordException e) {
            return false;
        }
    }
}
