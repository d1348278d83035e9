package dev.pitwall.timing.state;

import java.util.HashMap;
import java.util.Map;

/** Keeps the overall and personal best time of each sector and marks a sector time against them. */
final class SectorBests {

    private final long[] overall = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    private final Map<String, long[]> personal = new HashMap<>();

    /** Records sector {@code index} (0-2) of {@code car}; null times are ignored. */
    void record(String car, int index, Long ms) {
        if (ms == null || ms <= 0) {
            return;
        }
        overall[index] = Math.min(overall[index], ms);
        long[] own = personal.computeIfAbsent(car, c -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE});
        own[index] = Math.min(own[index], ms);
    }

    /** The mark of {@code ms} as sector {@code index} of {@code car}: purple if it is the session's best. */
    SectorMark mark(String car, int index, Long ms) {
        if (ms == null) {
            return SectorMark.NONE;
        }
        if (ms == overall[index]) {
            return SectorMark.OVERALL_BEST;
        }
        long[] own = personal.get(car);
        return own != null && ms == own[index] ? SectorMark.PERSONAL_BEST : SectorMark.NONE;
    }

    void clear() {
        java.util.Arrays.fill(overall, Long.MAX_VALUE);
        personal.clear();
    }
}
