package dev.pitwall.timing.history;

import dev.pitwall.contract.CarRecord;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per car, the laps so far and the telemetry of the current lap and of the best lap, built from the same
 * contract records as the race state, for the lap table and the speed/throttle/brake traces of the race view.
 *
 * <p><b>Resets</b> exactly when {@link dev.pitwall.timing.state.RaceState} does: a {@code KEYFRAME} or {@code SEEK}
 * clock event clears it (a keyframe then brings back the drivers and every lap each car has done, or only its
 * last lap from a replayer that sends no lap list), and a record of another session clears it before it is
 * applied. So after a seek, or for an instance that started mid-race at the newest keyframe, the lap table is
 * whole; the telemetry traces start at the keyframe (a keyframe carries no telemetry history), so a best lap
 * set before it has no trace until the car sets a new one.
 *
 * <p><b>Memory</b> is bounded whatever the feed sends: at most {@value #MAX_CARS} cars (records of further cars
 * are ignored), {@value #MAX_LAPS} lap rows per car, and per car at most four traces (current lap, best lap, the
 * last {@value CarHistory#FINISHED_KEPT} finished laps awaiting their lap time) of at most
 * {@value LapTrace#MAX_SAMPLES} samples: about 30 bytes a sample, under 3 MB for a 20-car race.
 *
 * <p>One writer calls {@link #apply}; readers call the other methods concurrently (all under one lock; readers
 * get copies).
 */
public final class RaceHistory {

    /** Most cars kept. */
    public static final int MAX_CARS = 64;
    /** Most lap rows kept per car (the lowest laps go first). */
    public static final int MAX_LAPS = 200;

    private final Object lock = new Object();
    private final Map<String, CarHistory> cars = new HashMap<>();
    private String sessionKey;

    /** Applies any record of the contract (what does not concern laps or telemetry only makes its car known). */
    public void apply(ContractRecord record) {
        synchronized (lock) {
            if (record instanceof ClockEvent c && (c.type() == ClockEvent.Type.KEYFRAME || c.type() == ClockEvent.Type.SEEK)) {
                clear();
            }
            if (record.sessionKey() != null && sessionKey != null && !record.sessionKey().equals(sessionKey)) {
                clear();
            }
            if (record.sessionKey() != null) {
                sessionKey = record.sessionKey();
            }
            if (record instanceof CarSample s) {
                withCar(s.car(), c -> c.apply(s));
            } else if (record instanceof LapRecord l) {
                withCar(l.car(), c -> c.apply(l));
            } else if (record instanceof CarRecord r) {
                withCar(r.car(), c -> { });
            } else if (record instanceof RaceEvent e && e.type() == RaceEvent.Type.DRIVER_LIST && e.drivers() != null) {
                e.drivers().forEach(d -> withCar(d == null ? null : d.car(), c -> { }));
            } else if (record instanceof ClockEvent c && c.type() == ClockEvent.Type.KEYFRAME && c.keyframe() != null) {
                load(c.keyframe());
            }
        }
    }

    /** The session the history is of, or null before any record. */
    public String sessionKey() {
        synchronized (lock) {
            return sessionKey;
        }
    }

    /** The car's laps by lap number, or null when the car is unknown in this session. */
    public List<LapRow> laps(String car) {
        synchronized (lock) {
            CarHistory c = cars.get(car);
            return c == null ? null : c.laps();
        }
    }

    /** Whether the car is known in this session (any record of it, or the driver list). */
    public boolean knows(String car) {
        synchronized (lock) {
            return cars.containsKey(car);
        }
    }

    /** The samples of the car's current lap so far, or null (unknown car, or none yet). */
    public Trace currentLap(String car) {
        synchronized (lock) {
            CarHistory c = cars.get(car);
            return c == null ? null : c.current();
        }
    }

    /** The samples of the car's best lap, or null (unknown car, or no best lap seen whole yet). */
    public Trace bestLap(String car) {
        synchronized (lock) {
            CarHistory c = cars.get(car);
            return c == null ? null : c.best();
        }
    }

    // --- under the lock ---

    private void load(Keyframe k) {
        if (k.drivers() != null) {
            k.drivers().forEach(d -> withCar(d == null ? null : d.car(), c -> { }));
        }
        if (k.laps() != null) {
            k.laps().values().forEach(list -> list.forEach(l -> withCar(l.car(), c -> c.apply(l))));
        } else if (k.lastLaps() != null) {
            k.lastLaps().values().forEach(l -> withCar(l.car(), c -> c.apply(l)));
        }
        if (k.timing() != null) {
            k.timing().keySet().forEach(car -> withCar(car, c -> { }));
        }
    }

    private void withCar(String car, java.util.function.Consumer<CarHistory> action) {
        if (car == null) {
            return;
        }
        CarHistory c = cars.get(car);
        if (c == null) {
            if (cars.size() >= MAX_CARS) {
                return;
            }
            c = new CarHistory(car);
            cars.put(car, c);
        }
        action.accept(c);
    }

    private void clear() {
        cars.clear();
        sessionKey = null;
    }
}
