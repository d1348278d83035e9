package dev.pitwall.staging.sink;

import dev.pitwall.contract.log.MdcScope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The log context of a record going to the dead-letter topic: the session and car it named before it turned out
 * unreadable, else what its Kafka key says (per-car topics are keyed by car, session-wide ones by session key).
 */
final class DeadLetterContext {

    /** Longer keys are not a car number or a session key. */
    private static final int MAX_KEY = 64;

    private DeadLetterContext() {
    }

    static MdcScope of(ConsumerRecord<byte[], byte[]> record, SinkTopic topic, PoisonRecordException why) {
        String key = key(record.key());
        String session = why.sessionKey() != null ? why.sessionKey() : topic.perCar() ? null : key;
        String car = why.car() != null ? why.car() : topic.perCar() ? key : null;
        return MdcScope.of(MdcScope.SESSION, session).and(MdcScope.CAR, car);
    }

    private static String key(byte[] key) {
        return key == null || key.length == 0 || key.length > MAX_KEY ? null : new String(key, StandardCharsets.UTF_8);
    }
}
