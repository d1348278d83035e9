package dev.pitwall.e2e.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import dev.pitwall.e2e.warehouse.DbtCli;
import dev.pitwall.e2e.warehouse.RecordedWarehouse;

/**
 * The DuckDB warehouse the analysis pages are tested on: the recorded data loaded through the real pipeline
 * ({@link RecordedWarehouse}: the packaged replayer puts the bundled 2025 Australian GP on a real broker, the packaged
 * staging sinks it and backfills 2025 from the offline Jolpica mirror), then the marts built on a copy by the
 * repository's dbt project ({@code <repo>/.venv/bin/dbt build --project-dir dbt --profiles-dir dbt} with
 * {@code PITWALL_DUCKDB_PATH} set to the copy).
 *
 * <p>{@link #build(Path)} is the one place the browser test gets its warehouse from. Shortcuts, first found wins:
 * <ol>
 * <li>{@code -De2e.analysis.marts=<file>}: a warehouse file whose marts are already built, copied as it is (no dbt);</li>
 * <li>{@code -De2e.analysis.staged=<file>}: staging tables loaded elsewhere, instead of {@link RecordedWarehouse};
 * the marts are built on a copy with dbt.</li>
 * </ol>
 * Without a shortcut it needs dbt ({@code ./pitwall venv}) and the packaged replayer and staging; the test is skipped,
 * saying so, when dbt is absent.
 */
final class AnalysisWarehouse {

    private AnalysisWarehouse() {
    }

    /** Writes {@code dir/warehouse.duckdb} with the marts built, and returns it. */
    static Path build(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path target = dir.resolve("warehouse.duckdb");
        String prebuilt = System.getProperty("e2e.analysis.marts", "");
        if (!prebuilt.isBlank()) {
            Path file = Path.of(prebuilt);
            assumeTrue(Files.isRegularFile(file), "SKIPPED: -De2e.analysis.marts=" + file + " does not exist");
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        Path dbt = DbtCli.tool("dbt");
        assumeTrue(Files.isExecutable(dbt), "SKIPPED: dbt is absent (" + dbt + "), so the marts the analysis pages"
                + " read cannot be built; run ./pitwall venv, or pass -De2e.analysis.marts=<warehouse file with marts>");
        String staged = System.getProperty("e2e.analysis.staged", "");
        if (staged.isBlank()) {
            RecordedWarehouse.copyTo(target);
        } else {
            Files.copy(Path.of(staged), target, StandardCopyOption.REPLACE_EXISTING);
        }
        buildMarts(target, dir);
        return target;
    }

    /** {@code dbt build} of the project on the file: models, snapshot and tests; a failure fails the test with its log. */
    private static void buildMarts(Path warehouse, Path dir) throws IOException, InterruptedException {
        DbtCli.Run build = DbtCli.dbt(dir, Map.of("PITWALL_DUCKDB_PATH", warehouse.toAbsolutePath().toString()), "build");
        if (build.exitCode() != 0) {
            List<String> lines = build.output().lines().toList();
            throw new IllegalStateException("dbt build failed (exit " + build.exitCode() + "); last lines:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
    }
}
