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
 * Built once per test JVM (about a minute); each test takes its own copy.
 */
public final class RecordedWarehouse {

    private static Path built;

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
            stack.startStaging(Map.of("PITWALL_JOLPICA_URL", RepoPaths.root().resolve("data/jolpica").toUri().toString()));
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
            stack.staging().stop(false);
            Files.copy(stack.warehouseFile(), keep, StandardCopyOption.REPLACE_EXISTING);
        }
        return keep;
    }

    private static void check(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(what + " within 4 minutes");
        }
    }
}
