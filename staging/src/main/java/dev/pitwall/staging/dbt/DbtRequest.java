package dev.pitwall.staging.dbt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a dbt run is asked to build and why: the triggers (e.g. {@code backfill <job id>}, {@code schedule 2023},
 * {@code sink}, {@code api}) and the selectors; no selectors means the whole project. Requests that arrive while a
 * run is going are merged into one for the next run.
 */
public record DbtRequest(List<String> triggers, Set<String> selectors) {

    public DbtRequest {
        triggers = List.copyOf(new LinkedHashSet<>(triggers));
        selectors = Set.copyOf(selectors);
    }

    public static DbtRequest of(String trigger, Set<String> selectors) {
        return new DbtRequest(List.of(trigger), selectors);
    }

    /** Both requests as one: every trigger once, and the union of the selections (the whole project wins). */
    public DbtRequest merge(DbtRequest other) {
        List<String> both = new java.util.ArrayList<>(triggers);
        both.addAll(other.triggers);
        Set<String> union = new TreeSet<>(selectors);
        union.addAll(other.selectors);
        return new DbtRequest(both, selectors.isEmpty() || other.selectors.isEmpty() ? Set.of() : union);
    }

    /** The same triggers, for the whole project. */
    public DbtRequest wholeProject() {
        return new DbtRequest(triggers, Set.of());
    }

    /** The triggers, comma-separated. */
    public String trigger() {
        return String.join(", ", triggers);
    }

    /** The {@code --select} argument, or {@code everything}. */
    public String selection() {
        return DbtSelection.describe(new TreeSet<>(selectors));
    }
}
