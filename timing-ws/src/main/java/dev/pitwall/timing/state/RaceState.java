package dev.pitwall.timing.state;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live state of one race, built from the contract's records, read as immutable {@link RaceSnapshot}s.
 *
 * <p>One writer calls {@link #apply}; any number of readers call {@link #snapshot()} concurrently. A
 * {@code KEYFRAME} clock event resets the state to its keyframe, a {@code SEEK} clears it (its keyframe
 * follows), and a record of another session clears it before it is applied.
 *
 * <p>{@link #apply(ContractRecord, long)} also takes the record's Kafka timestamp: a snapshot's
 * {@link RaceSnapshot#ts()} is the newest (largest) such timestamp applied since the last reset, so a client
 * can tell how old the data it shows is. An optional change listener is told after every record.
 */
public final class RaceState {

    /** How many race-control messages a snapshot keeps (the latest). */
    public static final int RACE_CONTROL_KEPT = 50;

    private final Object lock = new Object();
    private final Map<String, CarState> cars = new HashMap<>();
    private final SectorBests sectorBests = new SectorBests();
    private final TreeMap<Integer, RaceEvent.RaceControl> raceControl = new TreeMap<>();
    private List<RaceEvent.Driver> drivers = List.of();
    private final Map<String, RaceEvent.Driver> driversByCar = new HashMap<>();
    private String sessionKey;
    private Long sessionTimeMs;
    private Instant utc;
    private RaceEvent.LapCount lapCount;
    private RaceEvent.TrackStatus trackStatus;
    private RaceEvent.SessionStatus sessionStatus;
    private RaceEvent.Weather weather;
    private RaceEvent.DataAvailability availability;
    private ReplayClock clock = new ReplayClock(null, false);
    private long version;
    private long ts;
    private long recordTs;
    private volatile Runnable changeListener = () -> { };
    private volatile RaceSnapshot snapshot = RaceSnapshot.empty();
    private boolean dirty;

    /**
     * Applies a record read from Kafka (a type the state does not know is ignored). The state's {@code ts}
     * becomes {@code kafkaTimestamp} when that is newer than what it had since its last reset; 0 leaves it as
     * it was.
     */
    public void apply(ContractRecord record, long kafkaTimestamp) {
        synchronized (lock) {
            recordTs = kafkaTimestamp;
            if (record instanceof CarSample s) {
                begin(s);
                car(s.car()).apply(s);
            } else if (record instanceof LapRecord l) {
                begin(l);
                applyLap(l);
            } else if (record instanceof TimingUpdate u) {
                begin(u);
                car(u.car()).apply(u);
            } else if (record instanceof RaceEvent e) {
                begin(e);
                applyEvent(e);
            } else if (record instanceof ClockEvent c) {
                applyClock(c);
            } else {
                return;
            }
        }
        changeListener.run();
    }

    /**
     * Applies any record of the contract without a Kafka timestamp ({@code ts} stays as it was): a lap the car
     * never completed is ignored; a {@code KEYFRAME} resets the state to its keyframe, a {@code SEEK} clears it.
     */
    public void apply(ContractRecord record) {
        apply(record, 0L);
    }

    /**
     * Sets the one listener told after every record applied (on the applying thread, outside the state's lock);
     * it must be quick. The race socket uses it to send changes as they come.
     */
    public void onChange(Runnable listener) {
        this.changeListener = listener == null ? () -> { } : listener;
    }

    /** The state now, immutable; cheap when nothing changed since the last call. */
    public RaceSnapshot snapshot() {
        synchronized (lock) {
            if (dirty) {
                snapshot = build();
                dirty = false;
            }
            return snapshot;
        }
    }

    // --- under the lock ---

    private void applyClock(ClockEvent c) {
        if (c.type() == ClockEvent.Type.KEYFRAME || c.type() == ClockEvent.Type.SEEK) {
            clear();
        }
        begin(c);
        clock = new ReplayClock(c.speed(), c.paused());
        if (c.type() == ClockEvent.Type.KEYFRAME && c.keyframe() != null) {
            load(c.keyframe());
        }
    }

    private void begin(ContractRecord r) {
        if (r.sessionKey() != null && sessionKey != null && !r.sessionKey().equals(sessionKey)) {
            clear();
        }
        if (r.sessionKey() != null) {
            sessionKey = r.sessionKey();
        }
        if (sessionTimeMs == null || r.sessionTimeMs() >= sessionTimeMs) {
            sessionTimeMs = r.sessionTimeMs();
            utc = r.utc() != null ? r.utc() : utc;
        }
        if (recordTs > ts) {
            ts = recordTs;
        }
        version++;
        dirty = true;
    }

    private void clear() {
        cars.clear();
        sectorBests.clear();
        raceControl.clear();
        drivers = List.of();
        driversByCar.clear();
        sessionKey = null;
        sessionTimeMs = null;
        utc = null;
        lapCount = null;
        trackStatus = null;
        sessionStatus = null;
        weather = null;
        availability = null;
        clock = new ReplayClock(null, false);
        version = 0;
        ts = 0;
        dirty = true;
    }

    private void load(Keyframe k) {
        if (k.drivers() != null) {
            setDrivers(k.drivers());
        }
        if (k.timing() != null) {
            k.timing().values().forEach(u -> car(u.car()).apply(u));
        }
        if (k.laps() != null) {
            k.laps().values().forEach(list -> list.forEach(this::applyLap));
        } else if (k.lastLaps() != null) {
            k.lastLaps().values().forEach(this::applyLap);
        }
        if (k.lastSamples() != null) {
            k.lastSamples().values().forEach(s -> car(s.car()).apply(s));
        }
        if (k.stints() != null) {
            k.stints().forEach((car, list) -> list.forEach(s -> car(s.car() != null ? s.car() : car).apply(s)));
        }
        trackStatus = k.trackStatus();
        lapCount = k.lapCount();
        sessionStatus = k.sessionStatus();
        if (k.raceControl() != null) {
            k.raceControl().forEach(this::addRaceControl);
        }
        weather = k.weather();
        availability = k.availability();
    }

    private void applyLap(LapRecord l) {
        CarState c = car(l.car());
        if (c.apply(l)) {
            sectorBests.record(l.car(), 0, l.sector1Ms());
            sectorBests.record(l.car(), 1, l.sector2Ms());
            sectorBests.record(l.car(), 2, l.sector3Ms());
        }
    }

    private void applyEvent(RaceEvent e) {
        if (e.type() == null) {
            return;
        }
        switch (e.type()) {
            case RACE_CONTROL -> {
                if (e.raceControl() != null) {
                    addRaceControl(e.raceControl());
                }
            }
            case TRACK_STATUS -> trackStatus = e.trackStatus();
            case LAP_COUNT -> lapCount = e.lapCount();
            case SESSION_STATUS -> sessionStatus = e.sessionStatus();
            case DRIVER_LIST -> {
                if (e.drivers() != null) {
                    setDrivers(e.drivers());
                }
            }
            case TYRE_STINT -> {
                if (e.stint() != null && e.stint().car() != null) {
                    car(e.stint().car()).apply(e.stint());
                }
            }
            case WEATHER -> weather = e.weather();
            case DATA_AVAILABILITY -> availability = e.availability();
        }
    }

    private void addRaceControl(RaceEvent.RaceControl m) {
        raceControl.put(m.index(), m);
        while (raceControl.size() > RACE_CONTROL_KEPT) {
            raceControl.pollFirstEntry();
        }
    }

    /** Takes a driver list; the feed sends partial updates, so a car already known keeps what the update lacks. */
    private void setDrivers(List<RaceEvent.Driver> list) {
        for (RaceEvent.Driver d : list) {
            if (d == null || d.car() == null) {
                continue;
            }
            RaceEvent.Driver old = driversByCar.get(d.car());
            driversByCar.put(d.car(), old == null ? d : new RaceEvent.Driver(d.car(),
                    d.code() != null ? d.code() : old.code(), d.fullName() != null ? d.fullName() : old.fullName(),
                    d.team() != null ? d.team() : old.team(), d.teamColour() != null ? d.teamColour() : old.teamColour(),
                    d.line() != null ? d.line() : old.line()));
            car(d.car());
        }
        List<RaceEvent.Driver> all = new ArrayList<>(driversByCar.values());
        all.sort(java.util.Comparator.comparing(RaceEvent.Driver::car, TowerOrder.CAR_NUMBERS));
        drivers = List.copyOf(all);
    }

    private CarState car(String car) {
        return cars.computeIfAbsent(car, CarState::new);
    }

    private RaceSnapshot build() {
        List<CarState> order = new ArrayList<>(cars.values());
        order.sort(TowerOrder.ORDER);
        Integer totalLaps = lapCount == null ? null : lapCount.totalLaps();
        List<CarRow> rows = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            rows.add(row(order.get(i), i + 1, totalLaps));
        }
        return new RaceSnapshot(version, ts, sessionKey, sessionTimeMs, utc, lapCount, trackStatus, sessionStatus, drivers,
                List.copyOf(rows), List.copyOf(raceControl.values()), weather, availability, clock);
    }

    private CarRow row(CarState c, int position, Integer totalLaps) {
        RaceEvent.Driver d = driversByCar.get(c.car);
        boolean lappedLeader = c.lapsBehindLeader != null && c.lapsBehindLeader > 0;
        boolean lappedAhead = c.lapsBehindAhead != null && c.lapsBehindAhead > 0;
        String gap;
        String interval;
        if (position == 1 && !c.isRetired()) {
            // the leader has no gap (the feed sends 0 ms): it shows the lap it is on
            gap = c.gapText != null ? c.gapText : GapText.leader(c.lapsCompleted(), totalLaps);
            interval = c.intervalText != null ? c.intervalText : gap;
        } else {
            gap = GapText.of(c.gapText, c.gapToLeaderMs, c.lapsBehindLeader);
            interval = GapText.of(c.intervalText, c.intervalMs, c.lapsBehindAhead);
        }
        LapRecord last = c.lastLap;
        List<SectorTime> sectors = List.of(
                sector(c.car, 0, last == null ? null : last.sector1Ms()),
                sector(c.car, 1, last == null ? null : last.sector2Ms()),
                sector(c.car, 2, last == null ? null : last.sector3Ms()));
        return new CarRow(c.car,
                d != null && d.code() != null ? d.code() : c.lapDriverCode,
                d == null ? null : d.team(), d == null ? null : d.teamColour(),
                position, c.lapsCompleted(), gap, interval,
                lappedLeader ? null : c.gapToLeaderMs, lappedAhead ? null : c.intervalMs,
                c.lastLapMs(), c.bestLapMs(), c.bestLapNumber(), sectors,
                c.compound(), c.tyreAge(), c.stint(), c.pitStops(),
                Boolean.TRUE.equals(c.inPit), Boolean.TRUE.equals(c.pitOut), c.isRetired(),
                c.x, c.y, c.positionSource, c.telemetry, List.copyOf(c.stints.values()));
    }

    private SectorTime sector(String car, int index, Long ms) {
        return new SectorTime(ms, sectorBests.mark(car, index, ms));
    }
}
