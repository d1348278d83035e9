package dev.pitwall.replayer.timing;

/**
 * Something a car did on track that timing can be derived from: crossed the end of sector 1 or 2, crossed
 * the line (completing {@code lap}), entered or left the pit lane.
 *
 * <p>{@code lap} is the lap being driven (for {@link Kind#LINE} the lap just completed). {@code sectorMs} is
 * the time of the sector just completed (for {@code LINE}, sector 3); {@code lapTimeMs} the lap time (LINE
 * only). Either may be null when the source lacks it.
 */
public record TrackEvent(String car, long sessionTimeMs, Kind kind, int lap, Long sectorMs, Long lapTimeMs) {

    /** What happened. */
    public enum Kind {
        SECTOR_1, SECTOR_2, LINE, PIT_IN, PIT_OUT;

        /** Whether this is a timing-line crossing (sector end or finish line). */
        public boolean isCrossing() {
            return this == SECTOR_1 || this == SECTOR_2 || this == LINE;
        }
    }

    /** Crossings passed since the start: 3 per completed lap plus the sector just completed. */
    public int progress() {
        return switch (kind) {
            case SECTOR_1 -> 3 * (lap - 1) + 1;
            case SECTOR_2 -> 3 * (lap - 1) + 2;
            case LINE -> 3 * lap;
            default -> throw new IllegalStateException("no progress for " + kind);
        };
    }
}
