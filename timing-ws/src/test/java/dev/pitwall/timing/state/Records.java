package dev.pitwall.timing.state;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import java.time.Instant;

/** Test helper: hand-made contract records with only the fields a test cares about. */
final class Records {

    static final String SESSION = "9693";
    static final Instant ORIGIN = Instant.parse("2025-03-16T03:07:22.600Z");

    private Records() {
    }

    static LapRecord lap(String car, int lap, long at, Long lapMs, Long s1, Long s2, Long s3, boolean completed) {
        return new LapRecord(SESSION, car, 0, ORIGIN.plusMillis(at), at, "C" + car, lap, lapMs, s1, s2, s3, null, null,
                null, "MEDIUM", lap, 1, null, null, null, null, "1", "feed", completed);
    }

    static TimingUpdate timing(String car, long at, Integer position, Integer laps, Long gapMs, Integer lapsBehindLeader,
            String gapText, Long intervalMs, Integer lapsBehindAhead, String intervalText, Boolean retired) {
        return new TimingUpdate(SESSION, car, 0, ORIGIN.plusMillis(at), at, position, laps, gapMs, lapsBehindLeader,
                gapText, intervalMs, lapsBehindAhead, intervalText, null, null, null, null, null, false, false, 0,
                retired, "feed");
    }

    static TimingUpdate position(String car, long at, int position, int laps, Boolean retired) {
        return timing(car, at, position, laps, null, null, null, null, null, null, retired);
    }

    static RaceEvent event(long at, RaceEvent.Type type, Object member) {
        return new RaceEvent(SESSION, 0, ORIGIN.plusMillis(at), at, type,
                member instanceof RaceEvent.RaceControl m ? m : null,
                member instanceof RaceEvent.TrackStatus m ? m : null,
                member instanceof RaceEvent.LapCount m ? m : null,
                member instanceof RaceEvent.SessionStatus m ? m : null,
                member instanceof java.util.List<?> l ? castDrivers(l) : null,
                member instanceof RaceEvent.TyreStint m ? m : null,
                member instanceof RaceEvent.Weather m ? m : null,
                member instanceof RaceEvent.DataAvailability m ? m : null);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<RaceEvent.Driver> castDrivers(java.util.List<?> l) {
        return (java.util.List<RaceEvent.Driver>) l;
    }

    static RaceEvent.RaceControl message(int index, String text) {
        return new RaceEvent.RaceControl(index, "Other", text, null, null, null, null, null, null, null);
    }

    static CarSample sample(String car, long at, String source, Double speed, Integer gear, Double x, Double y) {
        return new CarSample(SESSION, car, 0, ORIGIN.plusMillis(at), at, 1, source, speed == null ? null : 11000.0,
                speed, gear, speed == null ? null : 100.0, speed == null ? null : 0, speed == null ? null : 0, null,
                x, y, x == null ? null : 0.0, x == null ? null : "OnTrack");
    }

    static ClockEvent clock(long at, ClockEvent.Type type, Double speed, boolean paused, Keyframe keyframe) {
        return new ClockEvent(SESSION, 0, ORIGIN.plusMillis(at), at, type, Instant.now(), speed, paused, null, null,
                keyframe);
    }
}
