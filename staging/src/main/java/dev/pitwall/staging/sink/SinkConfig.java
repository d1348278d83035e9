package dev.pitwall.staging.sink;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The Kafka sink fallback ({@code pitwall.sink.*}; env {@code PITWALL_SINK_...}): reads the laps, car-sample and
 * race-event topics into the staging tables where no managed connector does it.
 */
@ConfigMapping(prefix = "pitwall.sink")
public interface SinkConfig {

    /** Whether the sink runs; off where a managed connector fills the staging tables (no consumer is created). */
    @WithDefault("true")
    boolean enabled();

    /** Consumer group; its committed offsets say what is durable in the warehouse. */
    @WithDefault("pitwall-staging-sink")
    String group();

    /** Where records the sink cannot read go, with headers naming why and where they came from. */
    @WithDefault("pitwall.sink.dead-letter")
    String deadLetterTopic();

    /**
     * A batch is merged when it holds this many records... (one batch is read while the one before it is merged:
     * two batches of car samples of 50,000 take about 150 MB of heap)
     */
    @WithDefault("50000")
    int batchSize();

    /** ...or when its first record is this old. */
    @WithDefault("1s")
    Duration batchTime();

    /** Longest wait of one poll. */
    @WithDefault("200ms")
    Duration pollTimeout();

    /** Records one poll returns at most. */
    @WithDefault("5000")
    int maxPollRecords();

    /** First wait before a failed batch is read and merged again; it doubles up to {@link #retryBackoffMax()}. */
    @WithDefault("500ms")
    Duration retryBackoff();

    /** Longest wait between two attempts of a failed batch. */
    @WithDefault("30s")
    Duration retryBackoffMax();

    /** How often the consumer refreshes topic metadata (so topics created after the sink started are found). */
    @WithDefault("5s")
    Duration metadataRefresh();

    /**
     * How long the group waits for a silent consumer before giving its partitions to another: after a crash, a
     * restarted sink gets its partitions back after this long (Kafka's default is 45 s).
     */
    @WithDefault("10s")
    Duration sessionTimeout();

    /**
     * Static group membership ({@code group.instance.id}): a sink restarted with the same id gets its partitions
     * back at once instead of after {@link #sessionTimeout()}. Give each running instance its own (e.g. the pod name).
     */
    Optional<String> instanceId();

    /**
     * Longest wait for a stored batch's offsets to be committed. Past it the commit counts as failed: the batch is
     * read again (its rows are already stored, and the merge keeps them once), or, when the sink is stopping, its
     * next start reads it again. Kafka's own default is 60 s, which held a stopping service that long when the
     * broker had gone first.
     */
    @WithDefault("15s")
    Duration commitTimeout();

    /** How often the lag (end offsets minus committed offsets) is measured while the sink is idle. */
    @WithDefault("1s")
    Duration lagInterval();
}
