package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Drivers' championship points after each round of a season. {@code basis} says where they come from:
 * {@code standings} ({@code marts.fct_driver_standings} for every round), {@code results} (cumulative sums of
 * {@code fct_results.points} plus {@code fct_sprint_results.points}, for a season without standings), or
 * {@code mixed}; each round also says its own. Drivers are in championship order; {@code points[i]} and
 * {@code positions[i]} belong to {@code rounds[i]} (null before the driver's first race). {@code missingRounds} are the
 * rounds up to the last one drawn that have neither results nor standings in the marts: a results-based total leaves
 * their points out.
 */
@RegisterForReflection
public record StandingsReply(boolean available, String reason, Integer season, String basis, String basisNote,
                             List<Integer> missingRounds, List<Round> rounds, List<Driver> drivers) {

    @RegisterForReflection
    public record Round(int round, int raceId, String raceName, String basis) {
    }

    @RegisterForReflection
    public record Driver(String driverId, String code, String name, String constructorId, String constructorName,
                         String teamColour, List<Double> points, List<Integer> positions, double total, int position) {
    }
}
