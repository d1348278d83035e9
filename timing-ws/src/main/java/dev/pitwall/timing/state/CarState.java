package dev.pitwall.timing.state;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/** The mutable state of one car, fed by the records about it (only {@link RaceState} touches it, under its lock). */
final class CarState {

    final String car;
    String lapDriverCode;

    // from TimingUpdate
    Integer position;
    Integer lapsCompletedFeed;
    Long gapToLeaderMs;
    Integer lapsBehindLeader;
    String gapText;
    Long intervalMs;
    Integer lapsBehindAhead;
    String intervalText;
    Long lastLapFeed;
    Long bestLapFeed;
    Integer bestLapNumberFeed;
    Boolean inPit;
    Boolean pitOut;
    Integer pitStopsFeed;
    Boolean retired;

    // from LapRecords (completed laps only)
    LapRecord lastLap;
    Long bestLapLaps;
    Integer bestLapNumberLaps;
    final Set<Integer> pitInLaps = new HashSet<>();

    // from TYRE_STINT events, by stint number
    final TreeMap<Integer, RaceEvent.TyreStint> stints = new TreeMap<>();

    // from CarSamples
    Double x;
    Double y;
    String positionSource;
    Telemetry telemetry;

    CarState(String car) {
        this.car = car;
    }

    void apply(TimingUpdate u) {
        if (u.position() != null) {
            position = u.position();
        }
        if (u.lapsCompleted() != null) {
            lapsCompletedFeed = u.lapsCompleted();
        }
        // the gap and interval groups are whole in every update: replace them together so ms and laps never mix
        if (u.gapText() != null || u.gapToLeaderMs() != null || u.lapsBehindLeader() != null) {
            gapToLeaderMs = u.gapToLeaderMs();
            lapsBehindLeader = u.lapsBehindLeader();
            gapText = u.gapText();
        }
        if (u.intervalText() != null || u.intervalMs() != null || u.lapsBehindAhead() != null) {
            intervalMs = u.intervalMs();
            lapsBehindAhead = u.lapsBehindAhead();
            intervalText = u.intervalText();
        }
        if (u.lastLapMs() != null) {
            lastLapFeed = u.lastLapMs();
        }
        if (u.bestLapMs() != null) {
            bestLapFeed = u.bestLapMs();
            bestLapNumberFeed = u.bestLapNumber();
        }
        if (u.inPit() != null) {
            inPit = u.inPit();
        }
        if (u.pitOut() != null) {
            pitOut = u.pitOut();
        }
        if (u.pitStops() != null) {
            pitStopsFeed = u.pitStops();
        }
        if (u.retired() != null) {
            retired = u.retired();
        }
    }

    /** Takes a completed lap; returns false (and takes only the driver's code) for a lap the car never finished. */
    boolean apply(LapRecord lap) {
        if (lap.driver() != null) {
            lapDriverCode = lap.driver(); // who drives it is known even from a lap never finished
        }
        if (!lap.completed()) {
            return false;
        }
        if (lastLap == null || lap.lap() >= lastLap.lap()) {
            lastLap = lap;
        }
        Long t = lap.lapTimeMs();
        if (t != null && t > 0 && (bestLapLaps == null || t < bestLapLaps)) {
            bestLapLaps = t;
            bestLapNumberLaps = lap.lap();
        }
        if (lap.pitInMs() != null) {
            pitInLaps.add(lap.lap());
        }
        return true;
    }

    void apply(CarSample s) {
        if (s.x() != null && s.y() != null) {
            x = s.x();
            y = s.y();
            positionSource = s.source();
        }
        if (s.speed() != null || s.rpm() != null || s.gear() != null || s.throttle() != null || s.brake() != null
                || s.drs() != null) {
            telemetry = new Telemetry(s.source(), s.speed(), s.rpm(), s.gear(), s.throttle(), s.brake(), s.drs());
        }
    }

    void apply(RaceEvent.TyreStint stint) {
        stints.put(stint.stint(), stint);
    }

    Integer lapsCompleted() {
        if (lapsCompletedFeed != null) {
            return lapsCompletedFeed;
        }
        return lastLap == null ? null : lastLap.lap();
    }

    /** When the car last crossed the line (session ms), for ordering cars without a feed position. */
    long lastCrossingMs() {
        return lastLap == null ? Long.MAX_VALUE : lastLap.sessionTimeMs();
    }

    boolean isRetired() {
        return Boolean.TRUE.equals(retired);
    }

    Long lastLapMs() {
        return lastLapFeed != null ? lastLapFeed : lastLap == null ? null : lastLap.lapTimeMs();
    }

    Long bestLapMs() {
        return bestLapFeed != null ? bestLapFeed : bestLapLaps;
    }

    Integer bestLapNumber() {
        return bestLapFeed != null ? bestLapNumberFeed : bestLapNumberLaps;
    }

    /**
     * Pit stops: tyre changes (stints after the first) when the session has stint data, since pit-lane visits
     * also count drive-throughs and the Safety Car leading the field through the pit lane (three times in the
     * 2025 Australian race); else the feed's count, else the laps with a pit entry.
     */
    Integer pitStops() {
        if (!stints.isEmpty()) {
            return stints.size() - 1;
        }
        return pitStopsFeed != null ? pitStopsFeed : pitInLaps.isEmpty() && lastLap == null ? null : pitInLaps.size();
    }

    String compound() {
        if (!stints.isEmpty()) {
            return stints.lastEntry().getValue().compound();
        }
        return lastLap == null ? null : lastLap.compound();
    }

    /** Laps on the current set: the latest stint's age at its start plus its laps, else the lap table's tyre life. */
    Integer tyreAge() {
        if (!stints.isEmpty()) {
            RaceEvent.TyreStint s = stints.lastEntry().getValue();
            if (s.tyreAgeAtStart() == null && s.laps() == null) {
                return null;
            }
            return (s.tyreAgeAtStart() == null ? 0 : s.tyreAgeAtStart()) + (s.laps() == null ? 0 : s.laps());
        }
        return lastLap == null ? null : lastLap.tyreLife();
    }

    Integer stint() {
        if (!stints.isEmpty()) {
            return stints.lastKey();
        }
        return lastLap == null ? null : lastLap.stint();
    }
}
