package dev.pitwall.staging.dbt;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child process to its end or its timeout: output to the log line by line and its last lines kept;
 * stopped (its descendants too) on timeout or when cancelled.
 */
final class DbtProcess {

    /** How the process ended: its exit code, or why it has none; and its last lines of output. */
    record Ended(Integer exitCode, String failure, List<String> output) {
    }

    static final int KEPT_LINES = 200;
    private static final long GRACE_MILLIS = 10_000;

    private volatile Process process;
    private volatile boolean cancelled;

    Ended run(List<String> command, Path workDir, Map<String, String> env, Duration timeout) {
        OutputTail tail = new OutputTail(KEPT_LINES, "dbt | ");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p;
        try {
            p = builder.start();
        } catch (IOException e) {
            return new Ended(null, "cannot start " + command.get(0) + ": " + e.getMessage(), List.of());
        }
        process = p;
        Thread reader = new Thread(() -> tail.pump(p.getInputStream()), "pitwall-dbt-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (cancelled) {
                stop(p);
            }
            boolean ended = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                stop(p);
            }
            reader.join(5_000);
            if (cancelled) {
                return new Ended(null, "stopped: the service is shutting down", tail.lines());
            }
            if (!ended) {
                return new Ended(null, "timed out after " + timeout.toSeconds() + " s (pitwall.dbt.timeout); dbt was stopped",
                        tail.lines());
            }
            return new Ended(p.exitValue(), null, tail.lines());
        } catch (InterruptedException e) {
            stop(p);
            Thread.currentThread().interrupt();
            return new Ended(null, "interrupted; dbt was stopped", tail.lines());
        } finally {
            process = null;
        }
    }

    /** Stops the running process, if any; its run ends as stopped. */
    void cancel() {
        cancelled = true;
        Process p = process;
        if (p != null) {
            stop(p);
        }
    }

    /** SIGTERM to the process and its descendants, SIGKILL after a grace period; returns once it is gone. */
    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
