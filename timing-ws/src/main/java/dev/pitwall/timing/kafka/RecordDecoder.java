package dev.pitwall.timing.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.ContractRecord;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import java.io.IOException;
import java.util.Map;

/** Turns the JSON value of a contract topic's record into its record type. */
public final class RecordDecoder {

    private static final Map<String, Class<? extends ContractRecord>> TYPES = Map.of(
            Topics.CAR_SAMPLES, CarSample.class,
            Topics.LAPS, LapRecord.class,
            Topics.TIMING, TimingUpdate.class,
            Topics.RACE_EVENTS, RaceEvent.class,
            Topics.REPLAY_CLOCK, ClockEvent.class);

    private final ObjectMapper json = ContractJson.newMapper();

    /**
     * Decodes one value; a value that is not a record of its topic's type raises {@link BadRecordException}
     * naming the topic, partition and offset.
     */
    public ContractRecord decode(String topic, int partition, long offset, byte[] value) {
        Class<? extends ContractRecord> type = TYPES.get(topic);
        if (type == null) {
            throw new BadRecordException(topic, partition, offset, "not a topic of the contract");
        }
        if (value == null) {
            throw new BadRecordException(topic, partition, offset, "empty value");
        }
        try {
            ContractRecord record = json.readValue(value, type);
            if (record.sessionKey() == null) {
                throw new BadRecordException(topic, partition, offset, "no sessionKey");
            }
            return record;
        } catch (IOException e) {
            throw new BadRecordException(topic, partition, offset, "not a " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A record that could not be decoded, with where it is. */
    public static final class BadRecordException extends RuntimeException {

        public BadRecordException(String topic, int partition, long offset, String reason) {
            super(topic + "-" + partition + "@" + offset + ": " + reason);
        }

        public BadRecordException(String topic, int partition, long offset, String reason, Throwable cause) {
            super(topic + "-" + partition + "@" + offset + ": " + reason, cause);
        }
    }
}
