package dev.pitwall.replayer.session;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of a session built by applying its events in order; gives the {@link Keyframe} a consumer
 * needs to reset to that instant (after a seek, or when a replay starts mid-session).
 */
public final class SessionState {

    private final Map<String, TimingUpdate> timing = new TreeMap<>();
    private final Map<String, LapRecord> lastLaps = new TreeMap<>();
    private final Map<String, TreeMap<Integer, LapRecord>> laps = new TreeMap<>();
    private final Map<String, CarSample> lastSamples = new TreeMap<>();
    private final Map<String, Map<Integer, RaceEvent.TyreStint>> stints = new TreeMap<>();
    private final List<RaceEvent.RaceControl> raceControl = new ArrayList<>();
    private List<RaceEvent.Driver> drivers = List.of();
    private RaceEvent.TrackStatus trackStatus;
    private RaceEvent.LapCount lapCount;
    private RaceEvent.SessionStatus sessionStatus;
    private RaceEvent.Weather weather;
    private RaceEvent.DataAvailability availability;

    /** The state of a session just before the event at {@code index}. */
    public static SessionState before(RecordedSession session, int index) {
        SessionState state = new SessionState();
        state.drivers = session.drivers();
        state.availability = session.availability();
        List<TimedEvent> events = session.events();
        for (int i = 0; i < index && i < events.size(); i++) {
            state.apply(events.get(i));
        }
        return state;
    }

    /** Applies one event. */
    public void apply(TimedEvent event) {
        Object record = event.record();
        if (record instanceof CarSample s) {
            lastSamples.put(s.car(), s);
        } else if (record instanceof LapRecord l) {
            lastLaps.put(l.car(), l);
            laps.computeIfAbsent(l.car(), c -> new TreeMap<>()).put(l.lap(), l);
        } else if (record instanceof TimingUpdate t) {
            timing.put(t.car(), t);
        } else if (record instanceof RaceEvent r) {
            applyRaceEvent(r);
        }
    }

    private void applyRaceEvent(RaceEvent r) {
        switch (r.type()) {
            case RACE_CONTROL -> raceControl.add(r.raceControl());
            case TRACK_STATUS -> trackStatus = r.trackStatus();
            case LAP_COUNT -> lapCount = r.lapCount();
            case SESSION_STATUS -> sessionStatus = r.sessionStatus();
            case DRIVER_LIST -> drivers = r.drivers();
            case TYRE_STINT -> stints.computeIfAbsent(r.stint().car(), c -> new TreeMap<>()).put(r.stint().stint(), r.stint());
            case WEATHER -> weather = r.weather();
            case DATA_AVAILABILITY -> availability = r.availability();
            default -> { }
        }
    }

    /** The state as a keyframe. */
    public Keyframe keyframe() {
        Map<String, List<RaceEvent.TyreStint>> stintLists = new LinkedHashMap<>();
        stints.forEach((car, byNumber) -> stintLists.put(car, List.copyOf(byNumber.values())));
        return new Keyframe(drivers, new TreeMap<>(timing), new TreeMap<>(lastLaps), new TreeMap<>(lastSamples), stintLists,
                trackStatus, lapCount, sessionStatus, List.copyOf(raceControl), weather, availability, lapLists());
    }

    private Map<String, List<LapRecord>> lapLists() {
        Map<String, List<LapRecord>> out = new TreeMap<>();
        laps.forEach((car, byLap) -> out.put(car, List.copyOf(byLap.values())));
        return out;
    }
}
