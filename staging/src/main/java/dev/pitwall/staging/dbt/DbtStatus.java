package dev.pitwall.staging.dbt;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * The dbt runs now: whether they are on, the run going now and the one queued (null when none), the latest runs
 * (newest first) and the last lines the latest run printed (kept in memory, so empty after a restart).
 */
@RegisterForReflection
public record DbtStatus(boolean enabled, Running running, Queued queued, List<DbtRun> runs, List<String> lastOutput) {

    /** The run going now. */
    @RegisterForReflection
    public record Running(String runId, String trigger, String selection, Instant startedAt) {
    }

    /** What the next run will do: the requests that arrived while one was going, merged. */
    @RegisterForReflection
    public record Queued(String trigger, String selection) {
        static Queued of(DbtRequest r) {
            return new Queued(r.trigger(), r.selection());
        }
    }
}
