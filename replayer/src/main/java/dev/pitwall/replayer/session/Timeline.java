package dev.pitwall.replayer.session;

import dev.pitwall.replayer.model.TimedEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the events of every source into one time-ordered list and gives each record its sequence number:
 * 1, 2, 3... per topic and key (per car on per-car topics, per session on session-wide ones). Events at the
 * same instant keep the order their sources gave them, so the numbering is the same on every load.
 */
public final class Timeline {

    private Timeline() {
    }

    /** Sorts (stably) by session time and numbers the records. */
    public static List<TimedEvent> build(List<List<TimedEvent>> sources) {
        int size = sources.stream().mapToInt(List::size).sum();
        List<TimedEvent> all = new ArrayList<>(size);
        sources.forEach(all::addAll);
        all.sort(Comparator.comparingLong(TimedEvent::sessionTimeMs));
        Map<String, long[]> counters = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            TimedEvent e = all.get(i);
            long[] counter = counters.computeIfAbsent(e.topic() + '\u0000' + e.key(), k -> new long[1]);
            all.set(i, e.withSeq(++counter[0]));
        }
        return List.copyOf(all);
    }
}
