package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/**
 * Builds one car's completed laps from its TimingData deltas. A lap completes when {@code NumberOfLaps}
 * rises (in practice and qualifying the feed also counts a pit exit); its time is the {@code LastLapTime}
 * sent with it, or one sent up to {@value #WINDOW_MS} ms before or after (the feed sometimes splits them), or
 * one sent while the car sat in the pit (an in-lap closed at the next pit exit); its sectors are the values
 * seen since the last crossing (a late sector 3 within the window too). Pit-in/out times are given only for
 * laps whose start is known (so nothing from before the first crossing); a pit exit sent with a crossing
 * belongs to the lap it starts. The lap's session time is the crossing.
 */
final class LapAssembler {

    static final long WINDOW_MS = 3000;

    private final String car;
    private Integer laps;
    private Long lastCrossingMs;
    private Long[] sectors = new Long[3];
    private Long pitInMs;
    private Long pitOutMs;
    private Long looseLapTimeMs;
    private long looseAt;
    private boolean looseInPit;
    private CompletedLap pending;
    private Integer lastSector;
    private Long lastSectorMs;

    LapAssembler(String car) {
        this.car = car;
    }

    /** Takes one delta of this car at session time {@code t}, with the car's merged state; completed laps go to {@code out}. */
    void accept(long t, JsonNode delta, JsonNode state, Consumer<CompletedLap> out) {
        if (pending != null && t - pending.crossingMs > WINDOW_MS) {
            flush(out);
        }
        boolean crossing = delta.has("NumberOfLaps");
        for (int i = 0; i < 3; i++) {
            JsonNode value = JsonEntries.at(delta.get("Sectors"), Integer.toString(i));
            Long ms = value == null ? null : FeedValues.durationMs(FeedValues.text(value.get("Value")));
            if (ms != null) {
                sector(i, ms, crossing, out);
            }
        }
        if (Boolean.TRUE.equals(FeedValues.bool(delta.get("InPit")))) {
            pitInMs = t;
        }
        JsonNode lapTimeNode = delta.path("LastLapTime").get("Value");
        Long lapTime = FeedValues.durationMs(FeedValues.text(lapTimeNode));
        if (lapTime != null && !crossing) {
            if (pending != null && !pending.timeKnown) {
                pending.lapTimeMs = lapTime;
                pending.timeKnown = true;
                flushIfComplete(out);
            } else {
                looseLapTimeMs = lapTime;
                looseAt = t;
                looseInPit = Boolean.TRUE.equals(FeedValues.bool(state.get("InPit")));
            }
        }
        if (crossing) {
            crossing(t, FeedValues.integer(delta.get("NumberOfLaps")), lapTimeNode, lapTime, state, out);
        }
        if (Boolean.TRUE.equals(FeedValues.bool(delta.get("PitOut")))) {
            pitOutMs = t;
        }
    }

    /** Sends a lap still waiting for its time (at the end of the stream). */
    void finish(Consumer<CompletedLap> out) {
        flush(out);
    }

    /** The last sector completed (1-3) and its time, for timing updates; null before any. */
    Integer lastSector() {
        return lastSector;
    }

    Long lastSectorMs() {
        return lastSectorMs;
    }

    private void sector(int i, long ms, boolean crossing, Consumer<CompletedLap> out) {
        lastSector = i + 1;
        lastSectorMs = ms;
        if (i == 0) {
            flush(out);
            sectors = new Long[3];
        } else if (i == 2 && pending != null && pending.sectors[2] == null && !crossing) {
            pending.sectors[2] = ms;
            flushIfComplete(out);
            return;
        }
        sectors[i] = ms;
    }

    private void crossing(long t, Integer n, JsonNode lapTimeNode, Long lapTime, JsonNode state, Consumer<CompletedLap> out) {
        if (n == null) {
            return;
        }
        boolean completes = laps == null ? n == 1 : n > laps;
        if (completes) {
            flush(out);
            Long start = laps != null && n == laps + 1 ? lastCrossingMs : null;
            CompletedLap lap = new CompletedLap(car, n, t, start, sectors, start == null ? null : pitInMs,
                    start == null ? null : pitOutMs, state.path("Speeds"));
            if (lapTimeNode != null) {
                lap.lapTimeMs = lapTime;
                lap.timeKnown = true;
            } else if (looseLapTimeMs != null && (looseInPit || t - looseAt <= WINDOW_MS)) {
                lap.lapTimeMs = looseLapTimeMs;
                lap.timeKnown = true;
            }
            pending = lap;
            flushIfComplete(out);
            sectors = new Long[3];
            pitInMs = null;
            pitOutMs = null;
            looseLapTimeMs = null;
            lastCrossingMs = t;
        }
        laps = n;
    }

    private void flushIfComplete(Consumer<CompletedLap> out) {
        if (pending != null && pending.timeKnown && pending.sectors[2] != null) {
            flush(out);
        }
    }

    private void flush(Consumer<CompletedLap> out) {
        if (pending != null) {
            out.accept(pending);
            pending = null;
        }
    }
}
