package dev.pitwall.staging.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the sink's tables are due a run: after a quiet spell, or at most every interval while rows keep coming. */
class FeedChangesTest {

    private static final Instant T0 = Instant.parse("2025-03-16T04:00:00Z");
    private final FeedChanges feed = new FeedChanges(Duration.ofSeconds(30), Duration.ofMinutes(10));

    @Test
    void nothingStoredNothingDue() {
        assertThat(feed.observe(Map.of("stg_laps", 0L, "stg_telemetry", 0L), T0)).isEmpty();
        assertThat(feed.observe(Map.of("stg_laps", 0L, "stg_telemetry", 0L), T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aRunOnceTheSinkHasBeenQuietWithTheTablesThatGotRows() {
        assertThat(feed.observe(Map.of("stg_laps", 10L, "stg_telemetry", 0L), T0)).isEmpty();
        assertThat(feed.observe(Map.of("stg_laps", 20L, "stg_telemetry", 0L), T0.plusSeconds(10))).isEmpty();
        assertThat(feed.observe(Map.of("stg_laps", 20L, "stg_telemetry", 0L), T0.plusSeconds(39))).isEmpty();
        assertThat(feed.observe(Map.of("stg_laps", 20L, "stg_telemetry", 0L), T0.plusSeconds(40)))
                .contains(Set.of("stg_laps"));
        // built: nothing due until rows come again
        assertThat(feed.observe(Map.of("stg_laps", 20L, "stg_telemetry", 0L), T0.plusSeconds(100))).isEmpty();
        assertThat(feed.observe(Map.of("stg_laps", 20L, "stg_telemetry", 5L), T0.plusSeconds(110))).isEmpty();
        assertThat(feed.observe(Map.of("stg_laps", 20L, "stg_telemetry", 5L), T0.plusSeconds(140)))
                .contains(Set.of("stg_telemetry"));
    }

    @Test
    void whileRowsKeepComingARunAtMostEveryInterval() {
        long rows = 0;
        int runs = 0;
        for (int s = 0; s <= 25 * 60; s += 5) {
            rows += 100;
            if (feed.observe(Map.of("stg_laps", rows, "stg_race_events", rows), T0.plusSeconds(s)).isPresent()) {
                runs++;
            }
        }
        assertThat(runs).isEqualTo(2); // at 10 and 20 minutes
    }
}
