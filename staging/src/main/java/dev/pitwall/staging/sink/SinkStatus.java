package dev.pitwall.staging.sink;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/sink} answers: whether the sink runs, what it reads, what it wrote and how far behind it is.
 *
 * @param rows rows written per staging table since start (re-written keys included)
 * @param lag records on the topics not yet durable in the warehouse (end offsets minus committed offsets) over
 *        the assigned partitions; {@code null} before the first measure
 * @param lagByTopic the same per topic
 * @param partitions partitions assigned to this sink now
 * @param firstPollAt when the first records were read
 * @param lastBatchAt when the last batch was committed
 * @param lastBatchRecords records in it (dead-lettered ones included)
 * @param lastBatchMillis time to merge and commit it
 * @param lastError the last failure, with what failed; {@code null} when none happened
 */
@RegisterForReflection
public record SinkStatus(boolean enabled, String group, List<String> topics, String deadLetterTopic,
        Map<String, Long> rows, long deadLettered, long batches, Long lag, Map<String, Long> lagByTopic,
        int partitions, Instant firstPollAt, Instant lastBatchAt, long lastBatchRecords, long lastBatchMillis,
        String lastError, Instant lastErrorAt) {
}
