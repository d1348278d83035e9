package dev.pitwall.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * A session-wide event, keyed by session key. Exactly the member named by {@code type} is set.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RaceEvent(
        String sessionKey,
        long seq,
        Instant utc,
        long sessionTimeMs,
        Type type,
        RaceControl raceControl,
        TrackStatus trackStatus,
        LapCount lapCount,
        SessionStatus sessionStatus,
        List<Driver> drivers,
        TyreStint stint,
        Weather weather,
        DataAvailability availability) implements ContractRecord {

    /** This record with another sequence number. */
    @Override
    public RaceEvent withSeq(long seq) {
        return new RaceEvent(sessionKey, seq, utc, sessionTimeMs, type, raceControl, trackStatus, lapCount, sessionStatus, drivers, stint, weather, availability);
    }


    /** What a race event is about. */
    public enum Type {
        RACE_CONTROL, TRACK_STATUS, LAP_COUNT, SESSION_STATUS, DRIVER_LIST, TYRE_STINT, WEATHER, DATA_AVAILABILITY
    }

    /** A race-control message (flags, safety car, DRS, incidents, penalties). */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RaceControl(int index, String category, String message, String flag, String scope,
            Integer sector, String car, Integer lap, String status, Instant messageUtc) {
    }

    /** Track status: 1 AllClear, 2 Yellow, 4 SCDeployed, 5 Red, 6 VSCDeployed, 7 VSCEnding. */
    @RegisterForReflection
    public record TrackStatus(String code, String message) {
    }

    /** Lap counter of the session. */
    @RegisterForReflection
    public record LapCount(int currentLap, Integer totalLaps) {
    }

    /** Session status (Inactive, Started, Aborted, Finished, Finalised, Ends). */
    @RegisterForReflection
    public record SessionStatus(String status) {
    }

    /** A car in the session's driver list. {@code line} is its running order in the feed, when known. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String car, String code, String fullName, String team, String teamColour, Integer line) {
    }

    /**
     * A tyre stint of one car. {@code startLap} is the race lap the stint started on (1 for the start),
     * {@code tyreAgeAtStart} the laps the set had already done, {@code laps} the laps done in this stint.
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TyreStint(String car, int stint, String compound, Boolean fresh, Integer startLap,
            Integer tyreAgeAtStart, Integer laps) {
    }

    /** Weather at the circuit. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Weather(Double airTempC, Double trackTempC, Double humidityPct, Double pressureMbar,
            Boolean rainfall, Double windSpeedMs, Integer windDirectionDeg) {
    }

    /**
     * What the recorded session has and lacks, so consumers say so instead of guessing.
     * {@code timing} is {@code feed}, {@code derived} or {@code absent}.
     */
    @RegisterForReflection
    public record DataAvailability(boolean carData, boolean positions, String timing, boolean laps,
            boolean weather, List<String> notes) {
    }
}
