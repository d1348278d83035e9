package dev.pitwall.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The state of a session at one instant: what a consumer needs to draw the race without having seen
 * anything before. Maps are keyed by car number. {@code bestSectors} holds each car's personal-best sector 1, 2 and
 * 3 times in ms over the laps completed so far (an entry is null when the car has none), so a consumer can mark
 * personal and overall bests right after a seek; the overall best of a sector is the least of them.
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
        Map<String, List<Long>> bestSectors) {

    /** A keyframe that carries no personal-best sector times. */
    public Keyframe(List<RaceEvent.Driver> drivers, Map<String, TimingUpdate> timing, Map<String, LapRecord> lastLaps,
            Map<String, CarSample> lastSamples, Map<String, List<RaceEvent.TyreStint>> stints,
            RaceEvent.TrackStatus trackStatus, RaceEvent.LapCount lapCount, RaceEvent.SessionStatus sessionStatus,
            List<RaceEvent.RaceControl> raceControl, RaceEvent.Weather weather, RaceEvent.DataAvailability availability) {
        this(drivers, timing, lastLaps, lastSamples, stints, trackStatus, lapCount, sessionStatus, raceControl, weather,
                availability, null);
    }
}
