package dev.pitwall.timing.history;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.LapRecord;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The laps of one car and the samples of its current lap and of its best lap (only {@link RaceHistory} touches
 * it, under its lock).
 *
 * <p><b>Which lap a sample is on.</b> A FastF1 sample carries its lap number. A {@code cardata} sample does not:
 * it is on the lap after the last one the car is known to have completed before the sample's time, and when a lap
 * record arrives after samples that followed its line crossing (the laps and samples topics are read from
 * different partitions, so their relative order is loose), those samples are moved to the next lap. Before the
 * car's first lap record such samples count as lap 1, the formation lap included, until that record's lap start
 * trims them.
 *
 * <p><b>Distance from the lap start.</b> FastF1 samples carry a recorded distance in metres. In the bundled
 * export (FastF1's per-lap {@code Lap.get_telemetry()}) it restarts each lap: on all 926 laps of the 2025 Australian
 * GP the first sample is within ±3.1 m of 0 and a full lap ends at 5.2–5.3 km; it is then used as it is (the few
 * metres below zero at the line included). FastF1 can also count distance over a whole session: when a lap's first
 * distance runs on from the previous lap's last (within {@value #CONTINUES_WITHIN_M} m), or is above
 * {@value #CUMULATIVE_AT_START_M} m, it is counted from that first sample. {@code cardata} samples have no
 * distance: speed is integrated over time ({@code derived}), which on Norris's fastest lap gives 5,231 m against
 * 5,240 m recorded.
 *
 * <p><b>Which lap is best.</b> The fastest completed lap with a lap time whose samples this history holds from
 * the lap's start (within {@value #START_SLACK_MS} ms), i.e. laps seen whole since the last reset. A finished
 * lap's samples wait for its lap record among the last {@value #FINISHED_KEPT} finished laps; older ones are
 * dropped unless they are the best.
 *
 * <p><b>Sources.</b> When a car has FastF1 samples they are its traces' only source ({@code cardata} samples of
 * the same car are then ignored: one trace never mixes two sources); position-only samples carry no telemetry
 * and are ignored.
 *
 * <p><b>Memory.</b> At most {@value RaceHistory#MAX_LAPS} lap rows (the lowest laps go first) and at most
 * {@value #FINISHED_KEPT} + 2 traces of at most {@value LapTrace#MAX_SAMPLES} samples each.
 */
final class CarHistory {

    static final int FINISHED_KEPT = 2;
    static final long START_SLACK_MS = 2000;
    /** A recorded distance above this at a trace's start is a session-long count, not a per-lap one (m). */
    static final double CUMULATIVE_AT_START_M = 10_000;
    /** How far (m) a lap's first recorded distance may be from the previous lap's last for the count to run on. */
    static final double CONTINUES_WITHIN_M = 200;

    final String car;
    private final TreeMap<Integer, LapRecord> laps = new TreeMap<>();
    private final TreeMap<Integer, LapTrace> finished = new TreeMap<>();
    private LapTrace current;
    private LapTrace best;
    private Long bestMs;
    private boolean fastf1;

    CarHistory(String car) {
        this.car = car;
    }

    void apply(LapRecord l) {
        laps.put(l.lap(), l);
        while (laps.size() > RaceHistory.MAX_LAPS) {
            laps.pollFirstEntry();
        }
        if (!l.completed()) {
            return;
        }
        if (current != null && !current.lapFromSamples && current.lap <= l.lap()) {
            // the crossing is now known: what came after it is the next lap
            LapTrace done = current;
            current = done.splitAfter(l.sessionTimeMs(), l.lap() + 1);
            if (done.lap == l.lap()) {
                finish(done);
            }
        }
        LapTrace trace = finished.get(l.lap());
        if (trace != null && !trace.lapFromSamples) {
            Long start = lapStart(l);
            if (start != null) {
                trace.dropBefore(start);
            }
        }
        consider(l.lap());
    }

    void apply(CarSample s) {
        if (s.speed() == null && s.throttle() == null && s.gear() == null && s.brake() == null) {
            return; // a position sample
        }
        boolean isFastF1 = "fastf1".equals(s.source());
        if (isFastF1 && !fastf1) {
            fastf1 = true;
            current = null; // FastF1 takes over from any cardata trace
        } else if (!isFastF1 && fastf1) {
            return;
        }
        boolean fromSample = s.lap() != null;
        int lap = fromSample ? s.lap() : lapAt(s.sessionTimeMs());
        if (current == null) {
            current = new LapTrace(lap, s.source(), fromSample);
        } else if (lap > current.lap) {
            LapTrace done = current;
            current = new LapTrace(lap, s.source(), fromSample);
            current.distanceOffset = offsetFor(done, s.distance());
            finish(done);
        } else if (lap < current.lap) {
            LapTrace late = finished.get(lap); // a sample at a lap's very end read after the next lap's first
            if (late != null && s.sessionTimeMs() >= late.lastTime()) {
                add(late, s);
            }
            return;
        }
        if (current.size() == 0 && current.distanceOffset == 0 && s.distance() != null
                && s.distance() > CUMULATIVE_AT_START_M) {
            current.distanceOffset = s.distance();
        }
        add(current, s);
    }

    List<LapRow> laps() {
        return laps.values().stream().map(LapRow::of).toList();
    }

    /** The current lap's samples so far, or null. */
    Trace current() {
        return current == null || current.size() == 0 ? null : current.view(car, "current", null);
    }

    /** The best lap's samples, or null. */
    Trace best() {
        return best == null ? null : best.view(car, "best", bestMs);
    }

    // --- internals ---

    private static void add(LapTrace t, CarSample s) {
        t.add(s.sessionTimeMs(), s.speed(), s.throttle(), s.brake(), s.gear(), s.distance());
    }

    /** The lap a sample without a lap number is on: one past the last lap completed before it. */
    private int lapAt(long sessionTimeMs) {
        int lap = 0;
        for (Map.Entry<Integer, LapRecord> e : laps.descendingMap().entrySet()) {
            LapRecord l = e.getValue();
            if (l.completed() && l.sessionTimeMs() <= sessionTimeMs) {
                lap = l.lap();
                break;
            }
        }
        if (lap == 0 && current != null && !current.lapFromSamples) {
            return current.lap;
        }
        return lap + 1;
    }

    /** The offset of a new lap's recorded distance: its first distance when the count runs on from the lap before. */
    private static double offsetFor(LapTrace previous, Double firstDistance) {
        if (firstDistance == null) {
            return 0;
        }
        double last = previous.lastRecordedDistance();
        boolean runsOn = !Double.isNaN(last) && last > 1000 && Math.abs(firstDistance - last) < CONTINUES_WITHIN_M;
        return runsOn || firstDistance > CUMULATIVE_AT_START_M ? firstDistance : 0;
    }

    private void finish(LapTrace trace) {
        if (trace.size() == 0) {
            return;
        }
        finished.put(trace.lap, trace);
        while (finished.size() > FINISHED_KEPT) {
            finished.pollFirstEntry();
        }
        consider(trace.lap);
    }

    /** Makes lap {@code lap} the best when it is finished, whole, timed and faster than the best so far. */
    private void consider(int lap) {
        LapTrace trace = finished.get(lap);
        LapRecord l = laps.get(lap);
        if (trace == null || trace.size() == 0 || l == null || !l.completed() || l.lapTimeMs() == null || l.lapTimeMs() <= 0) {
            return;
        }
        if (bestMs != null && l.lapTimeMs() >= bestMs) {
            return;
        }
        Long start = lapStart(l);
        if (start == null || trace.firstTime() > start + START_SLACK_MS) {
            return; // the samples begin after the lap did (the history started mid-lap)
        }
        best = trace;
        bestMs = l.lapTimeMs();
    }

    private static Long lapStart(LapRecord l) {
        if (l.lapStartMs() != null) {
            return l.lapStartMs();
        }
        return l.lapTimeMs() == null ? null : l.sessionTimeMs() - l.lapTimeMs();
    }
}
