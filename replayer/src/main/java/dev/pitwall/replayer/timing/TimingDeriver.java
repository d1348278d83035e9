package dev.pitwall.replayer.timing;

import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.replayer.model.SessionOrigin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives timing (running order, gaps, intervals, last/best lap, pit flags, retirements) for a session that
 * has no timing feed, from the cars' line and sector crossings and pit-lane passes only.
 *
 * <p>Rules:
 * <ul>
 * <li><b>Order.</b> Each crossing moves a car one timing point on: {@code progress} = 3 × laps completed + the
 * sector just completed. Cars are ordered by progress (desc), then by when they reached it (asc). At a line
 * crossing this is exactly "laps completed desc, then time that lap was completed asc"; sector crossings let
 * the order change mid-lap as the live tower does. A missing sector time just skips that point. Cars that
 * never crossed anything keep the order they were given in (pass them in grid order).</li>
 * <li><b>Gaps.</b> At a car's timing point, the gap to the leader (interval to the car ahead) is the time
 * since the other car passed the same point, in ms, with text {@code +s.mmm}; when the other car is a full
 * lap or more further on (3 or more timing points) it is counted in laps instead ({@code 1L}, {@code 2L}).
 * The leader's gap and interval text is {@code LAP n}, the lap it is on (capped at the race distance when
 * known). A car whose position changes because of another car's crossing gets the same figures recomputed at
 * its own last timing point; a figure that cannot be known yet there is null.</li>
 * <li><b>Retirement.</b> Order follows the classification rule (laps completed first), so a car that stops
 * simply falls behind as others complete more laps. It is marked {@code retired} when the leader completes a
 * whole lap, line to line, without the car crossing any timing point or using the pit lane; if it moves
 * again the mark is cleared.</li>
 * <li><b>Laps.</b> Last lap is the lap time of the lap just completed (null when the source has none); best
 * lap is the lowest lap time so far and its lap number.</li>
 * <li><b>Pit.</b> {@code inPit} from pit entry to pit exit; {@code pitOut} from pit exit to the next timing
 * point. {@code pitStops} counts pit-lane visits: it rises at a pit exit that follows a pit entry, so a
 * pit-lane start is not counted but a drive-through is (entry and exit times cannot tell a stop from a
 * drive-through; in the 2025 Australian race the Safety Car led the field through the pit lane on laps 2–4,
 * so most cars show three visits more than tyre stops).</li>
 * </ul>
 * An update (source {@code derived}) is emitted for the car that did something and for every car whose
 * position or retired flag changed with it. Records have seq 0.
 */
public final class TimingDeriver {

    /** {@code source} of the updates. */
    public static final String SOURCE = "derived";

    private final String sessionKey;
    private final SessionOrigin origin;
    private final List<String> cars;
    private final Integer totalLaps;

    /**
     * @param cars the cars of the session in their starting order (grid), or any order when unknown
     * @param totalLaps the race distance in laps, or null when unknown
     */
    public TimingDeriver(String sessionKey, SessionOrigin origin, List<String> cars, Integer totalLaps) {
        this.sessionKey = sessionKey;
        this.origin = origin;
        this.cars = List.copyOf(cars);
        this.totalLaps = totalLaps;
    }

    /** The timing updates the events give, in time order. */
    public List<TimingUpdate> derive(List<TrackEvent> events) {
        Map<String, Car> state = new LinkedHashMap<>();
        for (String car : cars) {
            state.computeIfAbsent(car, c -> new Car(c, state.size()));
        }
        List<TrackEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(TrackEvent::sessionTimeMs));
        for (TrackEvent e : sorted) {
            state.computeIfAbsent(e.car(), c -> new Car(c, state.size()));
        }
        List<Car> order = new ArrayList<>(state.values());
        List<TimingUpdate> out = new ArrayList<>();
        long reached = 0;
        for (TrackEvent e : sorted) {
            Car c = state.get(e.car());
            long t = e.sessionTimeMs();
            if (e.kind().isCrossing()) {
                int p = e.progress();
                c.timeAt.putIfAbsent(p, t);
                if (p > c.progress) {
                    c.progress = p;
                    c.progressAt = t;
                    c.reached = ++reached;
                }
                c.sector = e.kind() == TrackEvent.Kind.LINE ? 3 : p - 3 * (e.lap() - 1);
                c.sectorMs = e.sectorMs();
                c.pitOut = false;
                if (e.kind() == TrackEvent.Kind.LINE) {
                    c.lapsCompleted = Math.max(c.lapsCompleted, e.lap());
                    c.lastLapMs = e.lapTimeMs();
                    if (e.lapTimeMs() != null && (c.bestLapMs == null || e.lapTimeMs() < c.bestLapMs)) {
                        c.bestLapMs = e.lapTimeMs();
                        c.bestLapNumber = e.lap();
                    }
                    c.prevLineAt = c.lastLineAt;
                    c.lastLineAt = t;
                }
            } else if (e.kind() == TrackEvent.Kind.PIT_IN) {
                c.inPit = true;
                c.pitInPending = true;
            } else {
                c.inPit = false;
                c.pitOut = true;
                if (c.pitInPending) {
                    c.pitStops++;
                    c.pitInPending = false;
                }
            }
            c.lastSeen = t;
            c.retired = false;

            order.sort(RUNNING_ORDER);
            Car leader = order.get(0);
            if (e.kind() == TrackEvent.Kind.LINE && leader == c && c.prevLineAt != null) {
                for (Car o : order) {
                    if (o != c && !o.retired && (o.lastSeen == null || o.lastSeen < c.prevLineAt)) {
                        o.retired = true;
                    }
                }
            }
            for (int i = 0; i < order.size(); i++) {
                Car o = order.get(i);
                int pos = i + 1;
                if (o == c || o.emittedPosition == null || o.emittedPosition != pos || o.emittedRetired != o.retired) {
                    out.add(update(o, pos, i == 0 ? null : order.get(i - 1), leader, t));
                    o.emittedPosition = pos;
                    o.emittedRetired = o.retired;
                }
            }
        }
        return out;
    }

    private static final Comparator<Car> RUNNING_ORDER = Comparator.<Car>comparingInt(c -> -c.progress)
            .thenComparingLong(c -> c.progressAt)
            .thenComparingLong(c -> c.reached)
            .thenComparingInt(c -> c.index);

    private TimingUpdate update(Car c, int pos, Car ahead, Car leader, long t) {
        Long gapMs = null;
        Integer lapsBehindLeader = null;
        String gapText;
        Long intervalMs = null;
        Integer lapsBehindAhead = null;
        String intervalText;
        if (ahead == null) {
            int lap = c.lapsCompleted + 1;
            if (totalLaps != null) {
                lap = Math.min(lap, totalLaps);
            }
            gapText = "LAP " + lap;
            intervalText = gapText;
        } else {
            Behind toLeader = behind(c, leader);
            gapMs = toLeader.ms;
            lapsBehindLeader = toLeader.laps;
            gapText = toLeader.text();
            Behind toAhead = behind(c, ahead);
            intervalMs = toAhead.ms;
            lapsBehindAhead = toAhead.laps;
            intervalText = toAhead.text();
        }
        return new TimingUpdate(sessionKey, c.car, 0, origin.utc(t), t, pos, c.lapsCompleted, gapMs,
                lapsBehindLeader, gapText, intervalMs, lapsBehindAhead, intervalText, c.lastLapMs, c.bestLapMs,
                c.bestLapNumber, c.sector, c.sectorMs, c.inPit, c.pitOut, c.pitStops, c.retired, SOURCE);
    }

    /** How far {@code c} is behind {@code other} (a car ahead of it) at c's last timing point. */
    private static Behind behind(Car c, Car other) {
        if (c.progressAt == Long.MAX_VALUE) {
            return Behind.UNKNOWN; // c has not crossed anything yet
        }
        int laps = (other.progress - c.progress) / 3;
        if (laps >= 1) {
            return new Behind(null, laps);
        }
        Long otherAt = other.timeAt.get(c.progress);
        if (otherAt == null || otherAt > c.progressAt) {
            return Behind.UNKNOWN;
        }
        return new Behind(c.progressAt - otherAt, null);
    }

    /** A gap: in ms on the same lap, or in whole laps, or unknown (both null). */
    private record Behind(Long ms, Integer laps) {
        static final Behind UNKNOWN = new Behind(null, null);

        String text() {
            if (laps != null) {
                return laps + "L";
            }
            if (ms == null) {
                return null;
            }
            return String.format(java.util.Locale.ROOT, "+%d.%03d", ms / 1000, ms % 1000);
        }
    }

    /** What the deriver knows of one car. */
    private static final class Car {
        final String car;
        final int index;
        final Map<Integer, Long> timeAt = new HashMap<>();
        int progress;
        long progressAt = Long.MAX_VALUE;
        long reached = Long.MAX_VALUE;
        int lapsCompleted;
        Long lastLapMs;
        Long bestLapMs;
        Integer bestLapNumber;
        Integer sector;
        Long sectorMs;
        boolean inPit;
        boolean pitOut;
        boolean pitInPending;
        int pitStops;
        boolean retired;
        Long lastSeen;
        Long lastLineAt;
        Long prevLineAt;
        Integer emittedPosition;
        boolean emittedRetired;

        Car(String car, int index) {
            this.car = car;
            this.index = index;
        }
    }
}
