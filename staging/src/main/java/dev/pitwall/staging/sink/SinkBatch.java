package dev.pitwall.staging.sink;

import dev.pitwall.staging.warehouse.StagingTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of one batch: their rows by staging table, and per partition the first offset (for the load id and
 * the log) and the offset to commit once the rows are durable.
 */
final class SinkBatch {

    /** By table; keyed by identity (a StagingTable record hashes all its columns, and this is looked up per row). */
    private final Map<StagingTable, List<Map<String, Object>>> rows = new java.util.IdentityHashMap<>();
    private final Map<TopicPartition, Long> first = new HashMap<>();
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private final Map<TopicPartition, String> loadIds = new HashMap<>();
    /** The sessions of the batch's rows, in the order first seen (one, but for a batch across two sessions). */
    private final java.util.Set<String> sessions = new java.util.LinkedHashSet<>();
    private int records;
    private int deadLetters;
    private long startedNanos;
    private Instant loadedAt;

    boolean isEmpty() {
        return records == 0;
    }

    int records() {
        return records;
    }

    long ageNanos(long now) {
        return records == 0 ? 0 : now - startedNanos;
    }

    /** Counts a record of a partition in (a row, or a dead-lettered record, which is committed all the same). */
    void offset(TopicPartition tp, long offset) {
        if (records++ == 0) {
            startedNanos = System.nanoTime();
            loadedAt = Instant.now();
        }
        first.putIfAbsent(tp, offset);
        next.put(tp, offset + 1);
    }

    /** Counts a record of this batch that went to the dead-letter topic. */
    void deadLettered() {
        deadLetters++;
    }

    int deadLetters() {
        return deadLetters;
    }

    /** When this batch's rows were loaded (the time of its first record). */
    Instant loadedAt() {
        return loadedAt;
    }

    /** The load id of this batch's records from one partition (after {@link #offset} for it). */
    String loadId(TopicPartition tp) {
        return loadIds.computeIfAbsent(tp, p -> SinkRows.loadId(p.topic(), p.partition(), first.get(p)));
    }

    void add(StagingTable table, String session, Map<String, Object> row) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        sessions.add(session);
    }

    /** The sessions of the batch's rows, comma-separated (for the log context), or null when it has no rows. */
    String sessions() {
        return sessions.isEmpty() ? null : String.join(",", sessions);
    }

    Map<StagingTable, List<Map<String, Object>>> rows() {
        return rows;
    }

    Map<TopicPartition, OffsetAndMetadata> commitOffsets() {
        return next.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
    }

    Map<TopicPartition, Long> nextOffsets() {
        return next;
    }

    /** {@code topic-partition@first..last} of every partition, for log lines. */
    String describe() {
        return first.entrySet().stream().sorted(Map.Entry.comparingByKey(
                        (a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic())))
                .map(e -> e.getKey() + "@" + e.getValue() + ".." + (next.get(e.getKey()) - 1))
                .collect(Collectors.joining(", "));
    }

    void clear() {
        rows.clear();
        first.clear();
        next.clear();
        loadIds.clear();
        sessions.clear();
        records = 0;
        deadLetters = 0;
        loadedAt = null;
    }
}
