package dev.pitwall.staging.dbt;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One {@code dbt build}: runs the process and makes a {@link DbtRun} of its exit code and
 * {@code run_results.json} (removed before the run, so a stale one is never read).
 */
final class DbtBuild {

    /** The run and the last lines dbt printed. */
    record Result(DbtRun run, List<String> output) {
    }

    private final DbtCommand command;
    private final Clock clock;
    private final DbtProcess process = new DbtProcess();

    DbtBuild(DbtCommand command, Clock clock) {
        this.command = command;
        this.clock = clock;
    }

    Result run(String runId, DbtRequest request, Instant started) {
        try {
            Files.deleteIfExists(command.runResults());
        } catch (IOException e) {
            return error(runId, request, started, "cannot remove the previous " + command.runResults() + ": " + e.getMessage(),
                    List.of());
        }
        DbtProcess.Ended ended = process.run(command.build(request), command.projectDir(), command.childEnvironment(),
                command.timeout());
        if (ended.exitCode() == null) {
            return error(runId, request, started, ended.failure(), ended.output());
        }
        int exit = ended.exitCode();
        RunResults results = null;
        String unreadable = null;
        if (Files.isRegularFile(command.runResults())) {
            try {
                results = RunResults.read(command.runResults());
            } catch (IOException | RuntimeException e) {
                unreadable = "cannot read " + command.runResults() + ": " + e.getMessage();
            }
        }
        if (results == null) {
            if (exit == 0 && unreadable == null) { // nothing selected: dbt ran and built nothing
                return result(runId, request, started, new RunResults(0, 0, 0, 0, List.of(), List.of()), "nothing selected",
                        ended.output());
            }
            return error(runId, request, started, "dbt exited with " + exit + ": "
                    + (unreadable != null ? unreadable : lastError(ended.output())), ended.output());
        }
        if (exit != 0 && !results.red()) {
            return error(runId, request, started, "dbt exited with " + exit + ": " + lastError(ended.output()),
                    ended.output());
        }
        return result(runId, request, started, results, results.message(), ended.output());
    }

    /** Stops a run in progress (at shutdown). */
    void cancel() {
        process.cancel();
    }

    private Result result(String runId, DbtRequest request, Instant started, RunResults r, String message,
                          List<String> output) {
        DbtRun run = new DbtRun(runId, request.trigger(), request.selection(), started, clock.instant(),
                r.red() ? DbtRun.Outcome.red : DbtRun.Outcome.green, r.modelsBuilt(), r.testsPassed(), r.testsFailed(),
                r.failedNodes(), message);
        return new Result(run, output);
    }

    private Result error(String runId, DbtRequest request, Instant started, String message, List<String> output) {
        return new Result(DbtRun.error(runId, request, started, clock.instant(), message), output);
    }

    /** The last line of output that names an error, else the last line. */
    static String lastError(List<String> output) {
        for (int i = output.size() - 1; i >= 0; i--) {
            String line = output.get(i);
            if (line.contains("Error") || line.contains("error")) {
                return line.strip();
            }
        }
        return output.isEmpty() ? "no output" : output.get(output.size() - 1).strip();
    }
}
