package dev.pitwall.replayer.session;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.List;
import java.util.TreeMap;

/**
 * When each lap of the race starts on the session clock, to seek to a lap and to report "lap x of N".
 * Lap n starts when the leader completes lap n-1, taken from the session's lap counter when it has one, else
 * from the completed laps. Lap 1 starts when the session status first turns to {@code Started} (the lap
 * counter shows lap 1 for the whole pre-race feed), else when the first car starts it.
 */
public final class LapIndex {

    private final TreeMap<Integer, Long> lapStart = new TreeMap<>();
    private final TreeMap<Long, Integer> lapAt = new TreeMap<>();

    private LapIndex() {
    }

    /** Builds the index from a session's time-ordered events. */
    public static LapIndex of(List<TimedEvent> events) {
        LapIndex index = new LapIndex();
        boolean hasCounter = events.stream().anyMatch(e -> e.record() instanceof RaceEvent r && r.lapCount() != null);
        events.stream().filter(e -> e.record() instanceof RaceEvent r && r.sessionStatus() != null
                && "Started".equalsIgnoreCase(r.sessionStatus().status())).findFirst()
                .ifPresent(e -> index.put(1, e.sessionTimeMs()));
        for (TimedEvent e : events) {
            if (hasCounter && e.record() instanceof RaceEvent r && r.lapCount() != null) {
                index.put(r.lapCount().currentLap(), e.sessionTimeMs());
            } else if (!hasCounter && e.record() instanceof LapRecord lap && lap.completed()) {
                if (lap.lap() == 1 && lap.lapStartMs() != null) {
                    index.put(1, lap.lapStartMs());
                }
                index.put(lap.lap() + 1, e.sessionTimeMs());
            }
        }
        return index;
    }

    private void put(int lap, long timeMs) {
        if (lap >= 1 && !lapStart.containsKey(lap)) {
            lapStart.put(lap, timeMs);
            lapAt.put(timeMs, lap);
        }
    }

    /** Session time at which a lap starts, or null when the session never reaches it. */
    public Long startOf(int lap) {
        return lapStart.get(lap);
    }

    /** The lap being run at a session time (0 before the start). */
    public int lapAt(long sessionTimeMs) {
        var entry = lapAt.floorEntry(sessionTimeMs);
        return entry == null ? 0 : entry.getValue();
    }

    /** The highest lap the session reaches. */
    public int lastLap() {
        return lapStart.isEmpty() ? 0 : lapStart.lastKey();
    }
}
