package dev.pitwall.e2e.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.Topics;
import dev.pitwall.e2e.sink.SinkStack;
import dev.pitwall.testkit.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * A DuckDB warehouse holding the recorded data, loaded the way a user loads it: a real broker, the packaged
 * replayer putting the bundled 2025 Australian GP on it at full speed, and the packaged staging service sinking the
 * topics and backfilling 2025 rounds 1-24 from the offline Jolpica mirror ({@code data/jolpica}: the results of
 * rounds 1, 4, 12 and 16 and the sprint of round 6 are recorded; the rest is not, and those units fail by design).
 * Staging runs dbt after the backfill, as it does for a user ({@link #orchestration()} keeps what that showed); the
 * copies handed out hold the staging tables only (the schemas dbt built are dropped), so the dbt tests build from
 * the loaded data. Built once per test JVM (about a minute and a half); each test takes its own copy.
 */
public final class RecordedWarehouse {

    private static Path built;
    private static Orchestration orchestration;

    /**
     * What staging showed of the dbt run that followed the backfill: its backfill job id, {@code GET /api/dbt} and
     * {@code GET /api/loads} once that run finished, and row counts of marts it built, read from the file after.
     */
    public record Orchestration(String backfillJobId, JsonNode dbt, JsonNode loads, Map<String, Long> martRows) {
    }

    /** The dbt run staging made after the backfill; null when dbt is not installed (then staging ran none). */
    public static synchronized Orchestration orchestration() throws Exception {
        if (built == null) {
            built = build();
        }
        return orchestration;
    }

    private RecordedWarehouse() {
    }

    /** A fresh copy of the loaded warehouse at {@code to}. */
    public static synchronized Path copyTo(Path to) throws Exception {
        if (built == null) {
            built = build();
        }
        Files.copy(built, to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    private static Path build() throws Exception {
        Path keep = Files.createTempFile("pitwall-recorded-warehouse-", ".duckdb");
        keep.toFile().deleteOnExit();
        try (SinkStack stack = new SinkStack()) {
            Path dbt = RepoPaths.root().resolve(".venv/bin/dbt");
            boolean withDbt = Files.isExecutable(dbt);
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "PITWALL_JOLPICA_URL", RepoPaths.root().resolve("data/jolpica").toUri().toString()));
            if (withDbt) {
                // staging runs the project's dbt after its loads; only the backfill's run here (not the sink's)
                env.putAll(Map.of("PITWALL_DBT_ENABLED", "true", "PITWALL_DBT_EXECUTABLE", dbt.toString(),
                        "PITWALL_DBT_PROJECT_DIR", RepoPaths.root().resolve("dbt").toString(),
                        "PITWALL_DBT_SINK_QUIET", "1h", "PITWALL_DBT_SINK_INTERVAL", "1h"));
            }
            stack.startStaging(env);
            stack.replayAtMaxSpeed();
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (!"FINISHED".equals(stack.replayState())) {
                check(deadline, "the replay did not finish");
                Thread.sleep(500);
            }
            long total = stack.endOffsets(Topics.LAPS) + stack.endOffsets(Topics.CAR_SAMPLES)
                    + stack.endOffsets(Topics.RACE_EVENTS);
            while (true) {
                JsonNode sink = stack.sink();
                long rows = 0;
                for (JsonNode n : sink.path("rows")) {
                    rows += n.asLong();
                }
                if (rows >= total && sink.path("lag").asLong(-1) == 0) {
                    break;
                }
                check(deadline, "the sink did not store the " + total + " records: " + sink);
                Thread.sleep(500);
            }
            JsonNode accepted = SinkStack.JSON.readTree(stack.post(stack.staging(), "/api/backfill",
                    "{\"season\":2025,\"fromRound\":1,\"toRound\":24}"));
            String id = accepted.path("id").asText();
            while (true) {
                JsonNode job = SinkStack.JSON.readTree(stack.get(stack.staging(), "/api/backfill/" + id));
                String state = job.path("state").asText();
                if (state.equals("ok") || state.equals("failed")) {
                    break;
                }
                check(deadline, "the backfill did not finish: " + job);
                Thread.sleep(500);
            }
            JsonNode dbtStatus = null;
            JsonNode loads = null;
            if (withDbt) {
                while (true) {
                    dbtStatus = SinkStack.JSON.readTree(stack.get(stack.staging(), "/api/dbt"));
                    if (dbtStatus.path("running").isNull() && dbtStatus.path("queued").isNull()
                            && dbtStatus.path("runs").findValuesAsText("trigger").contains("backfill " + id)) {
                        break;
                    }
                    check(deadline, "the dbt run after backfill " + id + " did not finish: " + dbtStatus);
                    Thread.sleep(500);
                }
                loads = SinkStack.JSON.readTree(stack.get(stack.staging(), "/api/loads"));
            }
            stack.staging().stop(false);
            Files.copy(stack.warehouseFile(), keep, StandardCopyOption.REPLACE_EXISTING);
            if (withDbt) {
                orchestration = new Orchestration(id, dbtStatus, loads, martRows(keep));
                dropDbtSchemas(keep);
            }
        }
        return keep;
    }

    private static Map<String, Long> martRows(Path file) throws Exception {
        Map<String, Long> rows = new java.util.TreeMap<>();
        try (java.sql.Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new java.util.Properties());
                java.sql.Statement s = c.createStatement()) {
            for (String sql : java.util.List.of(
                    "fct_results 202501|select count(*) from marts.fct_results where race_id = 202501",
                    "fct_laps 202501|select count(*) from marts.fct_laps where race_id = 202501",
                    "fct_lap_telemetry 202501|select count(*) from marts.fct_lap_telemetry where race_id = 202501",
                    "dim_races 2025|select count(*) from marts.dim_races where season = 2025")) {
                String[] named = sql.split("\\|");
                try (java.sql.ResultSet r = s.executeQuery(named[1])) {
                    r.next();
                    rows.put(named[0], r.getLong(1));
                }
            }
        }
        return rows;
    }

    /** Drops what dbt built, leaving the staging tables (and staging's book-keeping, its dbt runs included). */
    private static void dropDbtSchemas(Path file) throws Exception {
        try (java.sql.Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new java.util.Properties());
                java.sql.Statement s = c.createStatement()) {
            for (String schema : java.util.List.of("marts", "intermediate", "staging", "snapshots")) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            s.execute("CHECKPOINT");
        }
    }

    private static void check(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(what + " within 4 minutes");
        }
    }
}
