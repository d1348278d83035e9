package dev.pitwall.replayer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.testkit.LogCapture;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/**
 * A per-car record the producer loses or refuses is logged with its session and car in the MDC, also when the
 * failure is reported on the producer's own thread, and the context does not stay behind on that thread.
 */
class PublishLogContextTest {

    private final ObjectWriter writer = ContractJson.newMapper().writer();
    private final PartitionPlan plan = PartitionPlan.of(List.of("44", "1"), 22);

    @Test
    void aRecordLostAfterTheDeliveryTimeoutNamesSessionAndCarOnTheProducersThread() throws Exception {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        EventPublisher publisher = new EventPublisher(producer, writer, PublishListener.none());
        ExecutorService io = Executors.newSingleThreadExecutor(r -> new Thread(r, "kafka-producer-network-thread | test"));
        try (LogCapture log = LogCapture.of(EventPublisher.class)) {
            assertThat(publisher.send(sample("9693", "44"), plan, () -> false)).isTrue();
            // the producer completes the send on its I/O thread, as the real one does after delivery.timeout.ms
            io.submit(() -> producer.errorNext(new TimeoutException("Expiring 1 record(s)"))).get();

            assertThat(log.containing("record lost after the delivery timeout")).singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("session", "9693").containsEntry("car", "44"));
            assertThat(io.submit(() -> MDC.getMap()).get()).as("the I/O thread's MDC afterwards").isEmpty();
        } finally {
            io.shutdown();
        }
        assertThat(publisher.failed()).isEqualTo(1);
    }

    @Test
    void aRecordRefusedInsideSendNamesSessionAndCar() {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                RecordTooLargeException e = new RecordTooLargeException("too large");
                callback.onCompletion(null, e); // as KafkaProducer does for a record it cannot take
                return CompletableFuture.failedFuture(e);
            }
        };
        EventPublisher publisher = new EventPublisher(producer, writer, PublishListener.none());
        try (LogCapture log = LogCapture.of(EventPublisher.class)) {
            assertThat(publisher.send(sample("9693", "1"), plan, () -> false)).isTrue();

            assertThat(log.containing("record refused")).singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("session", "9693").containsEntry("car", "1"));
        }
        assertThat(MDC.getMap()).as("the sending thread's MDC afterwards").isEmpty();
    }

    @Test
    void aSessionWideRecordNamesTheSessionButNoCar() throws Exception {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        EventPublisher publisher = new EventPublisher(producer, writer, PublishListener.none());
        ClockEvent clock = new ClockEvent("9693", 1, Instant.parse("2025-03-16T04:00:00Z"), 0, ClockEvent.Type.START,
                Instant.now(), 1.0, false, null, null, null);
        ExecutorService io = Executors.newSingleThreadExecutor();
        try (LogCapture log = LogCapture.of(EventPublisher.class)) {
            publisher.send(new TimedEvent(0, Topics.REPLAY_CLOCK, "9693", clock), plan, () -> false);
            io.submit(() -> producer.errorNext(new TimeoutException("Expiring 1 record(s)"))).get();

            assertThat(log.containing("record lost")).singleElement().satisfies(line -> {
                assertThat(line.mdc()).containsEntry("session", "9693");
                assertThat(line.mdc()).doesNotContainKey("car");
            });
        } finally {
            io.shutdown();
        }
    }

    private static TimedEvent sample(String session, String car) {
        CarSample s = new CarSample(session, car, 7, Instant.parse("2025-03-16T04:20:20.345Z"), 1000, 3, "fastf1",
                10_000.0, 250.0, 7, 100.0, 0, 0, 500.0, 1.0, 2.0, 3.0, "OnTrack");
        return new TimedEvent(1000, Topics.CAR_SAMPLES, car, s);
    }
}
