package dev.pitwall.e2e.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.pitwall.testkit.RepoPaths;

/**
 * The DuckDB warehouse the analysis pages are tested on: the staging tables of a real replay of the bundled race and
 * a backfill of 2025 round 1 from the offline Jolpica mirror, with the marts the repository's dbt project builds
 * from them ({@code <repo>/.venv/bin/dbt build --project-dir dbt --profiles-dir dbt}, {@code PITWALL_DUCKDB_PATH} set
 * to a copy).
 *
 * <p>Where it comes from, first found wins:
 * <ol>
 * <li>{@code -De2e.analysis.marts=<file>}: a warehouse file whose marts are already built (copied as it is);</li>
 * <li>{@code -De2e.analysis.staged=<file>} (default {@code /tmp/dbtdev/warehouse.duckdb}): staging tables only; a copy
 * is built with {@code <repo>/.venv/bin/dbt}. The test is skipped, saying why, when dbt or the file is absent.</li>
 * </ol>
 * The integrator points {@link #build(Path)} at the real pipeline (replay + sink + mirror backfill + dbt through
 * staging) by replacing the second step; the test itself only needs a file with the marts.
 */
final class AnalysisWarehouse {

    private AnalysisWarehouse() {
    }

    /** Writes {@code dir/warehouse.duckdb} with the marts built, and returns it. */
    static Path build(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path target = dir.resolve("warehouse.duckdb");
        String prebuilt = System.getProperty("e2e.analysis.marts");
        if (prebuilt != null && !prebuilt.isBlank()) {
            Path file = Path.of(prebuilt);
            assumeTrue(Files.isRegularFile(file), "SKIPPED: -De2e.analysis.marts=" + file + " does not exist");
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        Path root = RepoPaths.root();
        Path dbt = root.resolve(".venv/bin/dbt");
        assumeTrue(Files.isExecutable(dbt), "SKIPPED: dbt is absent (" + dbt + "), so the marts the analysis pages"
                + " read cannot be built; install it (python3 -m venv .venv && .venv/bin/pip install -r"
                + " dbt/requirements.txt) or pass -De2e.analysis.marts=<warehouse file with marts>");
        assumeTrue(Files.isRegularFile(root.resolve("dbt/dbt_project.yml")),
                "SKIPPED: no dbt project in " + root.resolve("dbt"));
        Path staged = Path.of(System.getProperty("e2e.analysis.staged", "/tmp/dbtdev/warehouse.duckdb"));
        assumeTrue(Files.isRegularFile(staged), "SKIPPED: no staged warehouse at " + staged
                + " (-De2e.analysis.staged=<file>: staging tables after a replay and a backfill of 2025 round 1)");
        Files.copy(staged, target, StandardCopyOption.REPLACE_EXISTING);
        Path log = dir.resolve("dbt-build.log");
        ProcessBuilder build = new ProcessBuilder(List.of(dbt.toString(), "build", "--project-dir", "dbt",
                "--profiles-dir", "dbt", "--target-path", dir.resolve("dbt-target").toString(), "--log-path",
                dir.resolve("dbt-logs").toString()))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        build.environment().put("PITWALL_DUCKDB_PATH", target.toAbsolutePath().toString());
        build.environment().put("PITWALL_DBT_TARGET", "duckdb");
        Process p = build.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("dbt build did not finish in 10 minutes; see " + log);
        }
        if (p.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException("dbt build failed (exit " + p.exitValue() + "); last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
        return target;
    }
}
