package dev.pitwall.staging.dbt;

import dev.pitwall.staging.warehouse.Warehouse;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One dbt run and how it ended: {@code green} (everything built and every test passed), {@code red} (a test failed
 * or a model errored: {@code failedNodes} names them) or {@code error} (dbt could not run: no executable, no
 * project, a timeout, stopped; {@code message} says which).
 *
 * @param trigger   what caused it, e.g. {@code backfill <job id>}, {@code schedule 2023}, {@code sink}, {@code api}
 * @param selection the {@code --select} argument, or {@code everything}
 */
@RegisterForReflection
public record DbtRun(String runId, String trigger, String selection, Instant startedAt, Instant finishedAt,
                     Outcome outcome, long modelsBuilt, long testsPassed, long testsFailed, List<String> failedNodes,
                     String message) {

    /** How a run ended. */
    public enum Outcome { green, red, error }

    public DbtRun {
        failedNodes = List.copyOf(failedNodes);
    }

    /** A run dbt could not do. */
    static DbtRun error(String runId, DbtRequest request, Instant started, Instant finished, String message) {
        return new DbtRun(runId, request.trigger(), request.selection(), started, finished, Outcome.error, 0, 0, 0,
                List.of(), message);
    }

    /** Whether this run built the whole project: every node selected, no model (seed, snapshot) failed. */
    boolean builtWholeProject() {
        return DbtSelection.EVERYTHING.equals(selection) && outcome != Outcome.error && onlyTestsFailed(failedNodes);
    }

    /** Whether every failed node is a (data or unit) test: every model, seed and snapshot built. */
    static boolean onlyTestsFailed(List<String> failedNodes) {
        return failedNodes.stream().allMatch(n -> n.startsWith("test.") || n.startsWith("unit_test."));
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    /** The line the log gets. */
    String summary() {
        String head = "dbt run " + runId + " (" + trigger + "): " + outcome + " in " + duration().toMillis() / 1000.0
                + " s, select " + selection;
        if (outcome == Outcome.error) {
            return head + ": " + message;
        }
        return head + ": " + modelsBuilt + " models built, " + testsPassed + " tests passed, " + testsFailed
                + " failed" + (failedNodes.isEmpty() ? "" : " (" + String.join(", ", failedNodes) + ")");
    }

    Warehouse.DbtRunRow row() {
        return new Warehouse.DbtRunRow(runId, trigger, selection, startedAt, finishedAt, outcome.name(), modelsBuilt,
                testsPassed, testsFailed, failedNodes.isEmpty() ? null : String.join(", ", failedNodes), message);
    }

    static DbtRun of(Warehouse.DbtRunRow r) {
        List<String> failed = r.failedNodes() == null || r.failedNodes().isBlank() ? List.of()
                : Arrays.asList(r.failedNodes().split(", "));
        return new DbtRun(r.runId(), r.trigger(), r.selection(), r.startedAt(),
                r.finishedAt() == null ? r.startedAt() : r.finishedAt(), Outcome.valueOf(r.outcome()), r.modelsBuilt(),
                r.testsPassed(), r.testsFailed(), failed, r.message());
    }
}
