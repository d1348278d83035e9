package dev.pitwall.staging.dbt;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides when the Kafka sink's tables are due a dbt run, from the rows the sink has stored per table, looked at
 * now and then: once the sink has stored nothing new for {@code quiet}, or, while it keeps storing, when the first
 * change not yet built is {@code interval} old. Not thread-safe: one scheduled check calls it.
 */
final class FeedChanges {

    private final Duration quiet;
    private final Duration interval;
    private final Map<String, Long> seen = new HashMap<>();
    private final Set<String> changed = new TreeSet<>();
    private Instant firstChange;
    private Instant lastChange;

    FeedChanges(Duration quiet, Duration interval) {
        this.quiet = quiet;
        this.interval = interval;
    }

    /**
     * @param stored rows stored so far per table (counters that only grow)
     * @return the tables to build now, if a run is due
     */
    Optional<Set<String>> observe(Map<String, Long> stored, Instant now) {
        stored.forEach((table, rows) -> {
            if (rows > seen.getOrDefault(table, 0L)) {
                changed.add(table);
                lastChange = now;
                if (firstChange == null) {
                    firstChange = now;
                }
            }
            seen.put(table, rows);
        });
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        boolean quietNow = !now.isBefore(lastChange.plus(quiet));
        boolean overdue = !now.isBefore(firstChange.plus(interval));
        if (!quietNow && !overdue) {
            return Optional.empty();
        }
        Set<String> due = Set.copyOf(changed);
        changed.clear();
        firstChange = null;
        lastChange = null;
        return Optional.of(due);
    }
}
