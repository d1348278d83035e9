package dev.pitwall.staging.sink;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** The sink on, in small batches (many commits to watch), on a fresh warehouse file and a group of its own. */
public class SinkTestProfile implements QuarkusTestProfile {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String GROUP = "pitwall-staging-sink-test-" + RUN;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pitwall.sink.enabled", "true",
                "pitwall.sink.group", GROUP,
                "pitwall.sink.batch-size", "200",
                "pitwall.sink.batch-time", "200ms",
                "pitwall.sink.metadata-refresh", "300ms",
                "pitwall.sink.lag-interval", "100ms",
                "pitwall.warehouse.duckdb.path", "target/test-data/sink-" + RUN + ".duckdb");
    }
}
