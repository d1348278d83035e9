package dev.pitwall.staging.load;

import java.util.Set;

/**
 * Told when a Jolpica staging run or backfill job has ended having loaded rows, e.g. to build the dbt models over
 * the tables it changed. Called on the load-job thread: it must return quickly.
 */
@FunctionalInterface
public interface LoadListener {

    /** Listens to nothing. */
    LoadListener NONE = (trigger, tables) -> { };

    /**
     * @param trigger what loaded, e.g. {@code schedule 2023} or {@code backfill <job id>}
     * @param tables  the staging tables that got rows, e.g. {@code stg_results}; never empty
     */
    void loaded(String trigger, Set<String> tables);
}
