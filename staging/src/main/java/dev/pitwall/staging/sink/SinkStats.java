package dev.pitwall.staging.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sink's counters and last-batch state, shared by the consumer thread (writer) and the REST resource and
 * Micrometer (readers). Meters: {@code pitwall.sink.rows} (tag {@code table}), {@code pitwall.sink.dead-lettered},
 * {@code pitwall.sink.batches}, and the gauge {@code pitwall.sink.lag} (tag {@code topic}, and its total without).
 */
@ApplicationScoped
public class SinkStats {

    private final Map<String, Counter> rowCounters = new LinkedHashMap<>();
    private final Map<String, AtomicLong> rows = new LinkedHashMap<>();
    private final Map<String, Long> lagByTopic = new ConcurrentHashMap<>();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final Counter deadLetteredCounter;
    private final Counter batchCounter;
    private volatile Long lag;
    private volatile int partitions;
    private volatile Instant firstPollAt;
    private volatile Instant lastBatchAt;
    private volatile long lastBatchRecords;
    private volatile long lastBatchMillis;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    public SinkStats(MeterRegistry registry) {
        for (SinkTopic t : SinkTopic.values()) {
            String table = t.table().name();
            rows.put(table, new AtomicLong());
            rowCounters.put(table, Counter.builder("pitwall.sink.rows").tag("table", table)
                    .description("Rows the Kafka sink merged into a staging table").register(registry));
            lagByTopic.put(t.topic(), -1L);
            Gauge.builder("pitwall.sink.lag", () -> lagOf(t.topic())).tag("topic", t.topic())
                    .description("Records of a topic not yet durable in the warehouse").strongReference(true).register(registry);
        }
        Gauge.builder("pitwall.sink.lag", () -> lag == null ? Double.NaN : lag)
                .description("Records not yet durable in the warehouse, over every topic of the sink").strongReference(true).register(registry);
        deadLetteredCounter = Counter.builder("pitwall.sink.dead-lettered")
                .description("Records the Kafka sink sent to its dead-letter topic").register(registry);
        batchCounter = Counter.builder("pitwall.sink.batches")
                .description("Batches the Kafka sink merged and committed").register(registry);
    }

    private double lagOf(String topic) {
        Long l = lagByTopic.get(topic);
        return l == null || l < 0 ? Double.NaN : l;
    }

    void polled(Instant at) {
        if (firstPollAt == null) {
            firstPollAt = at;
        }
    }

    void rowsWritten(String table, long n) {
        rows.get(table).addAndGet(n);
        rowCounters.get(table).increment(n);
    }

    /** Rows stored so far per sink table, since the start (counters that only grow). */
    public Map<String, Long> rowsStored() {
        Map<String, Long> now = new LinkedHashMap<>();
        rows.forEach((k, v) -> now.put(k, v.get()));
        return now;
    }

    void deadLettered(long n) {
        deadLettered.addAndGet(n);
        deadLetteredCounter.increment(n);
    }

    void batch(long records, long millis, Instant at) {
        batches.incrementAndGet();
        batchCounter.increment();
        lastBatchRecords = records;
        lastBatchMillis = millis;
        lastBatchAt = at;
    }

    void error(String what, Instant at) {
        lastError = what;
        lastErrorAt = at;
    }

    void lag(Map<String, Long> byTopic, int assigned) {
        long total = 0;
        for (SinkTopic t : SinkTopic.values()) {
            long l = byTopic.getOrDefault(t.topic(), 0L);
            lagByTopic.put(t.topic(), l);
            total += l;
        }
        partitions = assigned;
        lag = total;
    }

    SinkStatus status(SinkConfig config) {
        Map<String, Long> rowsNow = new LinkedHashMap<>();
        rows.forEach((k, v) -> rowsNow.put(k, v.get()));
        Map<String, Long> lagNow = new LinkedHashMap<>();
        for (SinkTopic t : SinkTopic.values()) {
            Long l = lagByTopic.get(t.topic());
            lagNow.put(t.topic(), l == null || l < 0 ? null : l);
        }
        return new SinkStatus(config.enabled(), config.group(), SinkTopic.topics(), config.deadLetterTopic(), rowsNow,
                deadLettered.get(), batches.get(), lag, lagNow, partitions, firstPollAt, lastBatchAt,
                lastBatchRecords, lastBatchMillis, lastError, lastErrorAt);
    }
}
