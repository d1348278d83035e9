package dev.pitwall.replayer.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.pitwall.contract.Topics;
import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends timeline events to Kafka as JSON, per-car records to their car's partition. Keeps count of records
 * in flight and acknowledged, so a broker outage shows up as "waiting" instead of lost records: the producer
 * is idempotent with {@code acks=all} and a long delivery timeout, so it retries on its own while the
 * broker is away, and a send that cannot even be buffered is tried again here.
 */
public final class EventPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final Producer<String, byte[]> producer;
    private final ObjectWriter writer;
    private final PublishListener listener;
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long lastAckNanos = System.nanoTime();
    private volatile long blockedSinceNanos;
    private volatile String lastError;

    public EventPublisher(Producer<String, byte[]> producer, ObjectWriter writer, PublishListener listener) {
        this.producer = producer;
        this.writer = writer;
        this.listener = listener;
    }

    /**
     * Sends one event; blocks (retrying) while the producer cannot take it, until {@code keepTrying} says stop.
     * Returns false when it gave up because of that.
     */
    public boolean send(TimedEvent event, PartitionPlan plan, BooleanSupplier keepTrying) {
        byte[] value = serialize(event);
        Integer partition = Topics.isPerCar(event.topic()) ? plan.partitionFor(event.key()) : null;
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), partition, event.key(), value);
        Thread sender = Thread.currentThread();
        while (true) {
            Exception[] immediate = new Exception[1];
            try {
                inFlight.incrementAndGet();
                producer.send(record, (metadata, error) -> {
                    if (error != null && Thread.currentThread() == sender && immediate[0] == null) {
                        immediate[0] = error; // failed inside send(): nothing was buffered
                        return;
                    }
                    onCompletion(event, error);
                });
            } catch (TimeoutException e) {
                immediate[0] = e;
            }
            if (immediate[0] == null) {
                blockedSinceNanos = 0;
                listener.sent(event.topic());
                return true;
            }
            inFlight.decrementAndGet();
            if (!(immediate[0] instanceof TimeoutException)) {
                failed.incrementAndGet();
                lastError = immediate[0].toString();
                try (MdcScope log = logContext(event)) {
                    LOG.errorf("record refused: %s key %s seq %d: %s", event.topic(), event.key(), event.record().seq(), immediate[0]);
                }
                return true;
            }
            // the broker's metadata could not be had in max.block.ms: nothing was sent, so wait and send it again
            if (blockedSinceNanos == 0) {
                blockedSinceNanos = System.nanoTime();
                LOG.warnf("broker unavailable, waiting to send to %s: %s", event.topic(), immediate[0].getMessage());
            }
            lastError = immediate[0].getMessage();
            if (!keepTrying.getAsBoolean()) {
                return false;
            }
        }
    }

    private void onCompletion(TimedEvent event, Exception error) {
        inFlight.decrementAndGet();
        if (error == null) {
            acknowledged.incrementAndGet();
            lastAckNanos = System.nanoTime();
        } else {
            failed.incrementAndGet();
            lastError = error.toString();
            // on the producer's I/O thread, which has no log context of its own
            try (MdcScope log = logContext(event)) {
                LOG.errorf("record lost after the delivery timeout: %s key %s seq %d: %s", event.topic(), event.key(),
                        event.record().seq(), error);
            }
        }
    }

    /** The session of an event's record, and its car on a per-car topic (keyed by car number). */
    static MdcScope logContext(TimedEvent event) {
        return MdcScope.of(MdcScope.SESSION, event.record().sessionKey())
                .and(MdcScope.CAR, Topics.isPerCar(event.topic()) ? event.key() : null);
    }

    private byte[] serialize(TimedEvent event) {
        try {
            return writer.writeValueAsBytes(event.record());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.record().getClass().getSimpleName(), e);
        }
    }

    /** Fetches the topics' metadata now, so the first records of a replay are not held up by it. */
    public void warmUp(java.util.List<String> topics) {
        topics.forEach(producer::partitionsFor);
    }

    /** Blocks until every record sent so far is acknowledged (or has failed). */
    public void flush() {
        producer.flush();
    }

    /**
     * Whether the broker looks unavailable: a send cannot be buffered, or records have been waiting for an
     * acknowledgement for longer than {@code stallMillis}.
     */
    public boolean brokerUnavailable(long stallMillis) {
        long now = System.nanoTime();
        if (blockedSinceNanos != 0) {
            return true;
        }
        return inFlight.get() > 0 && (now - lastAckNanos) > stallMillis * 1_000_000L;
    }

    public long inFlight() {
        return inFlight.get();
    }

    public long acknowledged() {
        return acknowledged.get();
    }

    public long failed() {
        return failed.get();
    }

    public String lastError() {
        return lastError;
    }

    /** Sends a record outside any timeline (clock events), to partition 0 of a session-wide topic. */
    public void sendControl(String topic, String key, Object record) {
        try {
            inFlight.incrementAndGet();
            producer.send(new ProducerRecord<>(topic, null, key, writer.writeValueAsBytes(record)), (m, e) -> {
                inFlight.decrementAndGet();
                if (e == null) {
                    acknowledged.incrementAndGet();
                    lastAckNanos = System.nanoTime();
                } else {
                    failed.incrementAndGet();
                    lastError = e.toString();
                    try (MdcScope log = MdcScope.of(MdcScope.SESSION, key)) { // session-wide topics are keyed by session
                        LOG.errorf("clock event lost: %s key %s: %s", topic, key, e);
                    }
                }
            });
            listener.sent(topic);
        } catch (JsonProcessingException e) {
            inFlight.decrementAndGet();
            throw new IllegalStateException("cannot serialise a clock event", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
