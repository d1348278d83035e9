package dev.pitwall.staging.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rounds a scheduled run loads, at fixed instants, from the recorded 2023 schedule. */
class StagingPlannerTest {

    static Schedule schedule2023() {
        List<JsonNode> rows = new ArrayList<>();
        RecordedJolpica.json("2023_races.json").get("MRData").get("RaceTable").get("Races").forEach(rows::add);
        return Schedule.from(2023, rows);
    }

    @Test
    void theScheduleHasEveryRoundWithItsStartAndSprints() {
        Schedule s = schedule2023();
        assertThat(s.races()).hasSize(22);
        assertThat(s.lastRound()).isEqualTo(22);
        Schedule.Race baku = s.race(4).orElseThrow();
        assertThat(baku.date()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(baku.start()).isEqualTo(Instant.parse("2023-04-30T11:00:00Z"));
        assertThat(s.races().stream().filter(Schedule.Race::sprint).map(Schedule.Race::round))
                .containsExactly(4, 9, 12, 17, 18, 20);
    }

    @Test
    void onlyRacesThatStartedAreDueWithTheSprintOnlyOnSprintWeekends() {
        Schedule s = schedule2023();

        List<LoadUnit> beforeBaku = StagingPlanner.dueRoundUnits(s, Set.of(), Instant.parse("2023-04-30T10:59:59Z"));
        assertThat(beforeBaku).extracting(LoadUnit::round).containsOnly(1, 2, 3);
        assertThat(beforeBaku).hasSize(3 * 6);

        List<LoadUnit> afterBaku = StagingPlanner.dueRoundUnits(s, Set.of(), Instant.parse("2023-04-30T11:00:01Z"));
        assertThat(afterBaku).hasSize(3 * 6 + 7);
        assertThat(afterBaku).extracting(LoadUnit::id).contains("2023/4/sprint", "2023/4/driverstandings",
                "2023/4/constructorstandings").doesNotContain("2023/3/sprint");
        assertThat(afterBaku).filteredOn(u -> u.round() == 4).allMatch(u -> u.raceDate().equals(LocalDate.of(2023, 4, 30)));
    }

    @Test
    void completedUnitsAreSkippedAndFailedOnesAreDueAgain() {
        Schedule s = schedule2023();
        Instant now = Instant.parse("2023-03-06T00:00:00Z"); // after round 1 only
        Set<String> completed = Set.of("2023/1/results", "2023/1/qualifying", "2023/1/laps", "2023/1/pitstops",
                "2023/1/constructorstandings");

        List<LoadUnit> due = StagingPlanner.dueRoundUnits(s, completed, now);

        // driver standings failed last time (not completed): due again; the rest of round 1 is not fetched twice
        assertThat(due).extracting(LoadUnit::id).containsExactly("2023/1/driverstandings");
        assertThat(StagingPlanner.dueRoundUnits(s, Set.of(), now)).hasSize(6);
    }
}
