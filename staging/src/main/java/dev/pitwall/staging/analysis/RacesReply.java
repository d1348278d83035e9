package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The races of a season by round, each with the rows the marts hold for it (results, sprint results, laps, stints,
 * pit stops, driver standings) and a flag for each.
 */
@RegisterForReflection
public record RacesReply(boolean available, String reason, Integer season, List<Race> races) {

    @RegisterForReflection
    public record Race(int raceId, int season, int round, String name, String date, String circuitId,
                       String sessionKey, long results, long sprintResults, long laps, long stints, long pitStops,
                       long standings, boolean hasResults, boolean hasLaps, boolean hasStints, boolean hasPitStops,
                       boolean hasStandings) {
    }
}
