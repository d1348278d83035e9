package dev.pitwall.e2e.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.testkit.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's dbt and sqlfluff from the project-local virtualenv ({@code .venv}, made by {@code ./pitwall venv},
 * which {@code ./pitwall test} runs first), run on the real project in {@code dbt/}. Each run writes its target
 * (compiled SQL, run_results.json) and logs to its own folder, never to {@code dbt/target}.
 */
public final class DbtCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DbtCli() {
    }

    static Path project() {
        return RepoPaths.root().resolve("dbt");
    }

    public static Path tool(String name) {
        return RepoPaths.root().resolve(".venv/bin/" + name);
    }

    /** Skips the calling test, saying so, when the virtualenv has no dbt. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(tool("dbt")), "SKIPPED: dbt is not installed at " + tool("dbt")
                + "; run ./pitwall venv (./pitwall test does it first)");
    }

    /** One finished run: exit code, everything it printed, and where its target folder is. */
    public record Run(int exitCode, String output, Path targetPath, double seconds) {

        /** run_results.json of the run. */
        JsonNode results() throws IOException {
            return JSON.readTree(targetPath.resolve("run_results.json").toFile());
        }

        /** The status of each node of the run, by unique id (e.g. {@code test.pitwall.assert_x}: pass/fail). */
        Map<String, String> statuses() throws IOException {
            Map<String, String> out = new java.util.TreeMap<>();
            for (JsonNode r : results().path("results")) {
                out.put(r.path("unique_id").asText(), r.path("status").asText());
            }
            return out;
        }
    }

    /** Runs {@code dbt <args>} on the project with the warehouse file and extra environment; waits up to 10 min. */
    public static Run dbt(Path work, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path target = Files.createTempDirectory(work, "dbt-target-");
        List<String> command = new ArrayList<>(List.of(tool("dbt").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--profiles-dir", project().toString(), "--project-dir", project().toString(),
                "--target-path", target.toString(), "--log-path", target.resolve("logs").toString()));
        return run(command, env, target);
    }

    /** Runs {@code sqlfluff <args>} in the project folder. */
    static Run sqlfluff(Path work, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("sqlfluff").toString()));
        command.addAll(List.of(args));
        return run(command, env, work);
    }

    private static Run run(List<String> command, Map<String, String> env, Path target)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(project().toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
        Path log = target.resolve("output.log");
        pb.redirectOutput(log.toFile());
        long t = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 10 minutes");
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Run(p.exitValue(), output, target, seconds);
    }
}
