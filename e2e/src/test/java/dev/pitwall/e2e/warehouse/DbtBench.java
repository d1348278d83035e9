package dev.pitwall.e2e.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * The dbt benchmark ({@code bench/dbt/run}): the recorded data through the real pipeline ({@link RecordedWarehouse}),
 * then {@code dbt build} of everything twice on fresh copies (the faster counts) and once more incrementally on the
 * built copy. The reference, in the same run, is DuckDB reading every staged raw JSON record once (the least any
 * model over the raw records must do). The last line is {@code dbt build_s=<s> target_s=60 ratio=<s/60>}.
 */
public final class DbtBench {

    private static final String[] STAGED = {"stg_results", "stg_sprint_results", "stg_laps", "stg_telemetry",
        "stg_race_events"};

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        if (!Files.isExecutable(DbtCli.tool("dbt"))) {
            throw new IllegalStateException("dbt is not installed at " + DbtCli.tool("dbt") + ": run ./pitwall venv");
        }
        log("loading the recorded data through broker, replayer and staging (about a minute)");
        double best = Double.MAX_VALUE;
        Path built = null;
        for (int i = 1; i <= 2; i++) {
            Path copy = RecordedWarehouse.copyTo(work.resolve("run" + i + ".duckdb"));
            DbtCli.Run run = DbtCli.dbt(work, Map.of("PITWALL_DUCKDB_PATH", copy.toString()), "build");
            if (run.exitCode() != 0) {
                throw new IllegalStateException("dbt build failed:\n" + run.output());
            }
            log(String.format(Locale.ROOT, "dbt build %d (full): %.1f s, %d nodes", i, run.seconds(),
                    run.results().path("results").size()));
            if (run.seconds() < best) {
                best = run.seconds();
            }
            built = copy;
        }
        DbtCli.Run incremental = DbtCli.dbt(work, Map.of("PITWALL_DUCKDB_PATH", built.toString()), "build");
        log(String.format(Locale.ROOT, "dbt build (incremental, nothing new): %.1f s", incremental.seconds()));
        double reference = readEveryRawRecord(RecordedWarehouse.copyTo(work.resolve("reference.duckdb")));
        log(String.format(Locale.ROOT, "reference: DuckDB reading every staged raw record once: %.2f s (dbt build = %.1fx)",
                reference, best / reference));
        log(String.format(Locale.ROOT, "machine: %d cores, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        System.out.printf(Locale.ROOT, "dbt build_s=%.1f target_s=60 ratio=%.2f%n", best, best / 60);
    }

    /** Seconds for one query per staged table that extracts a field from every raw record (best of two). */
    private static double readEveryRawRecord(Path file) throws Exception {
        double best = Double.MAX_VALUE;
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + file, p); Statement s = c.createStatement()) {
            for (int run = 0; run < 2; run++) {
                long t = System.nanoTime();
                for (String table : List.of(STAGED)) {
                    try (ResultSet r = s.executeQuery("select count(json_extract_string(raw, '$.season')),"
                            + " count(json_extract_string(raw, '$.seq')) from " + table)) {
                        r.next();
                    }
                }
                best = Math.min(best, (System.nanoTime() - t) / 1e9);
            }
        }
        return best;
    }

    private static void log(String s) {
        System.err.println(s);
    }
}
