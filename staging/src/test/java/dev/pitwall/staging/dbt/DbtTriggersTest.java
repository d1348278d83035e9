package dev.pitwall.staging.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.staging.sink.SinkStats;
import dev.pitwall.staging.sink.SinkStatsAccess;
import dev.pitwall.staging.warehouse.DuckDbWarehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What asks for runs: a load's end (its tables' jolpica sources) and the sink's stored rows once it has been quiet
 * (the feed sources of the tables that got rows). The runs end as errors here (no dbt): only their trigger and
 * selection matter.
 */
class DbtTriggersTest {

    @TempDir
    Path dir;

    @Test
    void loadsAndAQuietSinkAskForRunsOfWhatChanged() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-16T05:00:00Z"));
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(dir.resolve("w.duckdb"))) {
            warehouse.createSchema();
            Path project = DbtFixture.copyProject(dir.resolve("project"));
            DbtTriggers triggers = new DbtTriggers();
            triggers.runner = new DbtRunner(true, new DbtCommand(dir.resolve("no-dbt").toString(), project, project,
                    "duckdb", Duration.ofMinutes(1), Map.of()), warehouse, new SimpleMeterRegistry(), clock);
            triggers.config = DbtSelectionTest.config(Optional.empty(), Optional.empty());
            triggers.sink = new SinkStats(new SimpleMeterRegistry());
            triggers.clock = clock;

            triggers.loaded("backfill job-7", Set.of("stg_results", "stg_races"));
            await().atMost(Duration.ofSeconds(10)).until(() -> triggers.runner.runs().size() == 1);
            assertThat(triggers.runner.latest().orElseThrow())
                    .returns("backfill job-7", DbtRun::trigger)
                    .returns("source:jolpica.stg_races+ source:jolpica.stg_results+", DbtRun::selection);

            triggers.checkFeed();
            SinkStatsAccess.rowsWritten(triggers.sink, "stg_laps", 100);
            SinkStatsAccess.rowsWritten(triggers.sink, "stg_race_events", 3);
            clock.advance(Duration.ofSeconds(5));
            triggers.checkFeed();
            clock.advance(Duration.ofSeconds(29));
            triggers.checkFeed(); // 29 s quiet: not yet
            assertThat(triggers.runner.runs()).hasSize(1);
            clock.advance(Duration.ofSeconds(1));
            triggers.checkFeed();
            await().atMost(Duration.ofSeconds(10)).until(() -> triggers.runner.runs().size() == 2);
            assertThat(triggers.runner.latest().orElseThrow())
                    .returns("sink", DbtRun::trigger)
                    .returns("source:feed.stg_laps+ source:feed.stg_race_events+", DbtRun::selection);
            triggers.runner.stop();
        }
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
