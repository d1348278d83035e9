package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.TimingUpdate;

/** Reads a car's merged TimingData state into a {@link TimingUpdate}. */
final class TimingUpdates {

    private TimingUpdates() {
    }

    /**
     * The update of {@code car} at session time {@code t}. The leader's gap ({@code LAP 57}) is 0 ms; lapped
     * gaps ({@code 1L}, {@code +1 LAP}) are whole laps; retired is {@code Retired} or {@code Stopped}; the best
     * lap is the session's ({@link #bestLap}).
     */
    static TimingUpdate of(FeedContext context, String car, long t, JsonNode s, LapAssembler assembler) {
        FeedValues.Gap gap = FeedValues.gap(FeedValues.text(s.get("GapToLeader")));
        FeedValues.Gap interval = FeedValues.gap(FeedValues.text(s.path("IntervalToPositionAhead").get("Value")));
        JsonNode best = bestLap(s);
        Boolean retired = FeedValues.bool(s.get("Retired"));
        Boolean stopped = FeedValues.bool(s.get("Stopped"));
        Boolean out = retired == null && stopped == null ? null
                : Boolean.TRUE.equals(retired) || Boolean.TRUE.equals(stopped);
        return new TimingUpdate(context.sessionKey(), car, 0, context.utc(t), t,
                FeedValues.integer(s.get("Position")), FeedValues.integer(s.get("NumberOfLaps")),
                gap.leaderLap() != null ? Long.valueOf(0) : gap.ms(), gap.lapsBehind(), gap.text(),
                interval.ms(), interval.lapsBehind(), interval.text(),
                FeedValues.durationMs(FeedValues.text(s.path("LastLapTime").get("Value"))),
                best == null ? null : FeedValues.durationMs(FeedValues.text(best.get("Value"))),
                best == null ? null : FeedValues.integer(best.get("Lap")),
                assembler.lastSector(), assembler.lastSectorMs(),
                FeedValues.bool(s.get("InPit")), FeedValues.bool(s.get("PitOut")),
                FeedValues.integer(s.get("NumberOfPitStops")), out, "feed");
    }

    /**
     * The car's best lap of the session: {@code BestLapTime}, or a faster one of {@code BestLapTimes} (qualifying
     * keeps one per part and clears {@code BestLapTime} when a part starts); null if none has a time.
     */
    static JsonNode bestLap(JsonNode s) {
        JsonNode best = null;
        Long bestMs = null;
        java.util.List<JsonNode> candidates = new java.util.ArrayList<>(JsonEntries.of(s.get("BestLapTimes")).values());
        candidates.add(0, s.get("BestLapTime"));
        for (JsonNode c : candidates) {
            Long ms = c == null ? null : FeedValues.durationMs(FeedValues.text(c.get("Value")));
            if (ms != null && (bestMs == null || ms < bestMs)) {
                best = c;
                bestMs = ms;
            }
        }
        return best;
    }

    /** The same update with no time, to tell whether anything shown changed. */
    static TimingUpdate withoutTime(TimingUpdate u) {
        return new TimingUpdate(u.sessionKey(), u.car(), 0, null, 0, u.position(), u.lapsCompleted(),
                u.gapToLeaderMs(), u.lapsBehindLeader(), u.gapText(), u.intervalMs(), u.lapsBehindAhead(),
                u.intervalText(), u.lastLapMs(), u.bestLapMs(), u.bestLapNumber(), u.sector(), u.sectorMs(),
                u.inPit(), u.pitOut(), u.pitStops(), u.retired(), u.source());
    }
}
