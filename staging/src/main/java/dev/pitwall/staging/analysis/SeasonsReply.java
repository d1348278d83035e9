package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The seasons with races in {@code marts.dim_races}, newest first, each with how many of its races have each kind of
 * data. {@code available} is false (with the {@code reason}) when the marts are not built.
 */
@RegisterForReflection
public record SeasonsReply(boolean available, String reason, List<Season> seasons) {

    @RegisterForReflection
    public record Season(int season, int races, int racesWithResults, int racesWithLaps, int racesWithStints,
                         int racesWithPitStops, int racesWithStandings) {
    }
}
