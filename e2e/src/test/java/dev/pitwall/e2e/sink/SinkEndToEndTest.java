package dev.pitwall.e2e.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.Topics;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The packaged staging service's Kafka sink, end to end: the bundled race replayed at full speed by the packaged
 * replayer into a real broker, and the DuckDB file staging wrote checked against the records on the topics —
 * after a clean run stopped with SIGTERM, and after a SIGKILL in the middle of the stream and a restart on the
 * same data folder, and after a SIGTERM in the middle of the stream (the rows are exactly the committed records).
 */
class SinkEndToEndTest {

    /** The race's laps: FastF1's lap table of the bundled race has 927 rows. */
    static final long RACE_LAPS = 927;

    @Test
    void theWholeRaceLandsOnceInTheWarehouse() throws Exception {
        try (SinkStack stack = new SinkStack()) {
            stack.startStaging();
            stack.replayAtMaxSpeed();
            awaitReplayFinished(stack);
            Expected expected = countTopics(stack);
            awaitSinkCaughtUp(stack, expected);
            stack.staging().stop(false);
            assertWarehouseHolds(stack, expected);
        }
    }

    @Test
    void aSinkKilledMidStreamAndStartedAgainStoresEveryRecordOnce() throws Exception {
        try (SinkStack stack = new SinkStack()) {
            stack.startStaging();
            stack.replayAtMaxSpeed();
            AtomicReference<JsonNode> atKill = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                JsonNode sink = stack.sink();
                atKill.set(sink);
                return sink.path("rows").path("stg_telemetry").asLong() >= 30_000;
            });
            stack.staging().stop(true);
            long telemetryAtKill = atKill.get().path("rows").path("stg_telemetry").asLong();

            stack.startStaging();
            awaitReplayFinished(stack);
            Expected expected = countTopics(stack);
            assertThat(telemetryAtKill).as("telemetry rows stored when staging was killed").isLessThan(expected.samples);
            awaitSinkCaughtUp(stack, null);
            stack.staging().stop(false);
            assertWarehouseHolds(stack, expected);
        }
    }

    @Test
    void aSinkStoppedMidStreamStoresAndCommitsWhatItHadRead() throws Exception {
        try (SinkStack stack = new SinkStack()) {
            stack.startStaging();
            stack.replayAtMaxSpeed();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> stack.sink().path("rows").path("stg_telemetry").asLong() >= 30_000);
            stack.staging().stop(false);
            String log = java.nio.file.Files.readString(stack.staging().logFile());
            // the stop came while records were streaming in: the sink had some read and not yet committed
            assertThat(log).as("staging's log").contains("Kafka sink stopping: storing and committing the last")
                    .contains("pitwall-staging stopped");
            // a graceful stop stores the batches it had read and commits them: the rows in the warehouse are
            // exactly the records the group committed, no more (stored, not committed) and no fewer (lost)
            for (String[] t : new String[][] {{Topics.LAPS, "stg_laps"}, {Topics.CAR_SAMPLES, "stg_telemetry"},
                    {Topics.RACE_EVENTS, "stg_race_events"}}) {
                long committed = stack.committedRecords("pitwall-staging-sink", t[0]);
                assertThat(stack.counts(t[1])).as(t[1]).isEqualTo(new SinkStack.TableCounts(committed, committed, 0));
            }
            long stored = stack.counts("stg_telemetry").rows();
            assertThat(stored).as("telemetry rows stored by the stop").isGreaterThanOrEqualTo(30_000);
            awaitReplayFinished(stack);
            assertThat(stored).as("the stop came in the middle of the stream").isLessThan(stack.endOffsets(Topics.CAR_SAMPLES));
        }
    }

    record Expected(long laps, long samples, long events) {
    }

    private static void awaitReplayFinished(SinkStack stack) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "FINISHED".equals(stack.replayState()));
    }

    /** Counts the records on the sink's topics by reading them, and checks the laps against the race's. */
    private static Expected countTopics(SinkStack stack) throws Exception {
        Expected e = new Expected(stack.countRecords(Topics.LAPS), stack.countRecords(Topics.CAR_SAMPLES),
                stack.countRecords(Topics.RACE_EVENTS));
        assertThat(e.laps).as("records on %s", Topics.LAPS).isEqualTo(RACE_LAPS);
        assertThat(e.samples).as("records on %s", Topics.CAR_SAMPLES).isGreaterThan(100_000);
        assertThat(e.events).as("records on %s", Topics.RACE_EVENTS).isPositive();
        return e;
    }

    /**
     * Waits until the sink has committed everything (lag 0 over all 45 partitions) and its row counters stand
     * still; when {@code expected} is given (a run without redelivery) the counters must equal the topics.
     */
    private static void awaitSinkCaughtUp(SinkStack stack, Expected expected) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode before = stack.sink();
            Thread.sleep(1000);
            JsonNode after = stack.sink();
            boolean done = after.path("lag").isNumber() && after.path("lag").asLong() == 0
                    && after.path("partitions").asInt() == 45 && after.path("rows").equals(before.path("rows"));
            if (done && expected != null) {
                assertThat(after.path("rows").path("stg_laps").asLong()).isEqualTo(expected.laps);
                assertThat(after.path("rows").path("stg_telemetry").asLong()).isEqualTo(expected.samples);
                assertThat(after.path("rows").path("stg_race_events").asLong()).isEqualTo(expected.events);
            }
            return done;
        });
    }

    private static void assertWarehouseHolds(SinkStack stack, Expected expected) throws Exception {
        SinkStack.TableCounts laps = stack.counts("stg_laps");
        SinkStack.TableCounts telemetry = stack.counts("stg_telemetry");
        SinkStack.TableCounts events = stack.counts("stg_race_events");
        assertThat(laps).as("stg_laps").isEqualTo(new SinkStack.TableCounts(RACE_LAPS, RACE_LAPS, 0));
        assertThat(telemetry).as("stg_telemetry").isEqualTo(new SinkStack.TableCounts(expected.samples, expected.samples, 0));
        assertThat(events).as("stg_race_events").isEqualTo(new SinkStack.TableCounts(expected.events, expected.events, 0));
    }
}
