package dev.pitwall.staging.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What dbt's {@code target/run_results.json} says about a run: models built, tests passed and failed, nodes
 * skipped, and the nodes that failed (tests that failed or errored, models, seeds or snapshots that errored) with
 * dbt's message for each. Read as a JSON tree: no bound classes, nothing for native reflection.
 */
record RunResults(long modelsBuilt, long testsPassed, long testsFailed, long skipped, List<String> failedNodes,
                  List<String> failures) {

    private static final ObjectMapper JSON = new ObjectMapper();

    RunResults {
        failedNodes = List.copyOf(failedNodes);
        failures = List.copyOf(failures);
    }

    static RunResults read(Path file) throws IOException {
        return of(JSON.readTree(file.toFile()));
    }

    static RunResults of(JsonNode root) {
        long models = 0;
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        List<String> failedNodes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (JsonNode r : root.path("results")) {
            String id = r.path("unique_id").asText("");
            String type = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
            String status = r.path("status").asText("");
            boolean test = type.equals("test") || type.equals("unit_test");
            switch (status) {
                case "success" -> models += type.equals("model") ? 1 : 0;
                case "pass", "warn" -> passed += test ? 1 : 0;
                case "skipped" -> skipped++;
                case "fail", "error", "runtime error" -> {
                    failed += test ? 1 : 0;
                    failedNodes.add(id);
                    String message = r.path("message").asText("");
                    long rows = r.path("failures").asLong(0);
                    failures.add(id + ": " + (message.isBlank() ? status : message.strip())
                            + (test && rows > 0 && !message.contains(Long.toString(rows)) ? " (" + rows + " rows)" : ""));
                }
                default -> {
                    // "no-op" and statuses of later dbt versions: neither built nor failed
                }
            }
        }
        return new RunResults(models, passed, failed, skipped, failedNodes, failures);
    }

    boolean red() {
        return !failedNodes.isEmpty();
    }

    /** One line for the record: the counts, and the failures with dbt's messages. */
    String message() {
        String counts = modelsBuilt + " models built, " + testsPassed + " tests passed, " + testsFailed + " tests failed"
                + (skipped > 0 ? ", " + skipped + " skipped" : "");
        String text = failures.isEmpty() ? counts : counts + "; " + String.join("; ", failures);
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
