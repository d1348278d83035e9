package dev.pitwall.replayer.source.fastf1;

import dev.pitwall.replayer.model.SessionOrigin;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts FastF1's session clock on UTC: every lap's {@code LapStartDate − LapStartTime} is the UTC instant of
 * session time zero. The value most laps agree on is taken, and the anchor text says how many agree.
 */
public final class FastF1Origin {

    private FastF1Origin() {
    }

    /** The origin the table's laps give; throws IllegalStateException when no lap has both fields. */
    public static SessionOrigin of(LapTable table) {
        Map<Long, Integer> votes = new TreeMap<>();
        int total = 0;
        for (FastF1Lap l : table.laps()) {
            if (l.lapStartDate() != null && l.lapStartTime() != null) {
                votes.merge(l.lapStartDate() - l.lapStartTime(), 1, Integer::sum);
                total++;
            }
        }
        if (total == 0) {
            throw new IllegalStateException(table.file() + ": no lap has both LapStartDate and LapStartTime");
        }
        Map.Entry<Long, Integer> best = null;
        for (Map.Entry<Long, Integer> v : votes.entrySet()) {
            if (best == null || v.getValue() > best.getValue()) {
                best = v;
            }
        }
        Instant zero = Instant.ofEpochMilli(best.getKey());
        String anchor = "FastF1 lap table: LapStartDate - LapStartTime = " + zero + " on " + best.getValue()
                + " of " + total + " laps that have both";
        return new SessionOrigin(zero, anchor);
    }
}
