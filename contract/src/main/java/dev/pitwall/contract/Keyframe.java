package dev.pitwall.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The state of a session at one instant: what a consumer needs to draw the race without having seen
 * anything before. Maps are keyed by car number.
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
        RaceEvent.DataAvailability availability) {
}
