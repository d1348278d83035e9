package dev.pitwall.replayer.replay;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Records sent per topic by a replay. */
public final class ReplayCounters {

    private final Map<String, LongAdder> perTopic = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    /** Counts one record sent to a topic. */
    public void sent(String topic) {
        perTopic.computeIfAbsent(topic, t -> new LongAdder()).increment();
        total.increment();
    }

    public long total() {
        return total.sum();
    }

    /** A sorted copy of the per-topic counts. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        perTopic.forEach((topic, count) -> out.put(topic, count.sum()));
        return out;
    }
}
