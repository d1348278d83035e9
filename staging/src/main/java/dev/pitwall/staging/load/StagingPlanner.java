package dev.pitwall.staging.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which round units a scheduled run loads: those of every race that has started, minus the completed ones. */
public final class StagingPlanner {

    private StagingPlanner() {
    }

    /**
     * Units of the rounds whose race started before {@code now} that are not in {@code completed}, in round order.
     * The standings of the latest such round are among them until they are loaded.
     */
    public static List<LoadUnit> dueRoundUnits(Schedule schedule, Set<String> completed, Instant now) {
        List<LoadUnit> due = new ArrayList<>();
        for (Schedule.Race race : schedule.races()) {
            if (!race.happenedBy(now)) {
                continue;
            }
            for (LoadUnit unit : schedule.unitsOf(race)) {
                if (!completed.contains(unit.id())) {
                    due.add(unit);
                }
            }
        }
        return due;
    }
}
