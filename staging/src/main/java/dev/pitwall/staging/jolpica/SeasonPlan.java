package dev.pitwall.staging.jolpica;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * What one season holds, to answer "how many requests does loading it take" before starting.
 *
 * @param seasonTotals {@code MRData.total} of each per-season endpoint (races, drivers, constructors, circuits,
 *                     status): one entry each
 * @param rounds       the per-round totals
 */
@RegisterForReflection
public record SeasonPlan(List<Integer> seasonTotals, List<Round> rounds) {

    /** Row totals of one round's endpoints; 0 where it has none (e.g. no sprint). */
    @RegisterForReflection
    public record Round(int results, int qualifying, int sprint, int lapTimings, int pitStops,
                        int driverStandings, int constructorStandings) {

        List<Integer> totals() {
            return List.of(results, qualifying, sprint, lapTimings, pitStops, driverStandings, constructorStandings);
        }
    }

    /**
     * The fewest requests loading the season takes at {@code limit}: ceil(total/limit) per endpoint and round
     * (so none for an endpoint with no rows, e.g. the sprint of a round the schedule shows without one).
     * Retries are not counted.
     */
    public static int requestsFor(SeasonPlan plan, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        int requests = 0;
        for (int total : plan.seasonTotals()) {
            requests += pages(total, limit);
        }
        for (Round round : plan.rounds()) {
            for (int total : round.totals()) {
                requests += pages(total, limit);
            }
        }
        return requests;
    }

    /** {@link #requestsFor(SeasonPlan, int)} at Jolpica's maximum limit of 100. */
    public static int requestsFor(SeasonPlan plan) {
        return requestsFor(plan, 100);
    }

    private static int pages(int total, int limit) {
        return (Math.max(0, total) + limit - 1) / limit;
    }
}
