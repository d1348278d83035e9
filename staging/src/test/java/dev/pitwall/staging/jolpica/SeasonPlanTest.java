package dev.pitwall.staging.jolpica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonPlanTest {

    @Test
    void countsCeilOfTotalOverLimitPerEndpointAndRound() {
        // 2023 Bahrain: 1055 lap timings (11 pages), 20 results, 20 qualifying, no sprint, 50 pit stops...
        var bahrain = new SeasonPlan.Round(20, 20, 0, 1055, 50, 20, 10);
        var plan = new SeasonPlan(List.of(22, 22, 10, 22, 4), List.of(bahrain));

        // season: 5 endpoints x 1 page; round: 1+1+0 (no sprint)+11+1+1+1
        assertThat(SeasonPlan.requestsFor(plan)).isEqualTo(5 + 16);
    }

    @Test
    void aFullSeasonOfTwentyFourRoundsFitsWithinOneHoursBudget() {
        var round = new SeasonPlan.Round(20, 20, 20, 1200, 60, 20, 10);
        var plan = new SeasonPlan(List.of(24, 20, 10, 24, 40), Collections.nCopies(24, round));

        int requests = SeasonPlan.requestsFor(plan);

        assertThat(requests).isEqualTo(5 + 24 * (1 + 1 + 1 + 12 + 1 + 1 + 1));
        assertThat(requests).isLessThanOrEqualTo(500);
    }
}
