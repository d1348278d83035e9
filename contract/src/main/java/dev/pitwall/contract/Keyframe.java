package dev.pitwall.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The state of a session at one instant: what a consumer needs to draw the race without having seen
 * anything before. Maps are keyed by car number. {@code laps} holds every lap of each car so far, in lap order (the
 * last may be one the car never finished), so a consumer can rebuild lap charts, best laps and personal and
 * overall best sectors right after a seek; {@code lastLaps} is the last of them.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Keyframe(
        List<RaceEvent.Driver> drivers,
        Map<String, TimingUpdate> timing,
        Map<String, LapRecord> lastLaps,
        Map<String, CarSample> lastSamples,
        Map<String, List<RaceEvent.TyreStint>> stints,
        RaceEvent.TrackStatus trackStatus,
        RaceEvent.LapCount lapCount,
        RaceEvent.SessionStatus sessionStatus,
        List<RaceEvent.RaceControl> raceControl,
        RaceEvent.Weather weather,
        RaceEvent.DataAvailability availability,
        Map<String, List<LapRecord>> laps) {

    /** A keyframe that carries only each car's last lap, not all its laps. */
    public Keyframe(List<RaceEvent.Driver> drivers, Map<String, TimingUpdate> timing, Map<String, LapRecord> lastLaps,
            Map<String, CarSample> lastSamples, Map<String, List<RaceEvent.TyreStint>> stints,
            RaceEvent.TrackStatus trackStatus, RaceEvent.LapCount lapCount, RaceEvent.SessionStatus sessionStatus,
            List<RaceEvent.RaceControl> raceControl, RaceEvent.Weather weather, RaceEvent.DataAvailability availability) {
        this(drivers, timing, lastLaps, lastSamples, stints, trackStatus, lapCount, sessionStatus, raceControl, weather,
                availability, null);
    }
}
