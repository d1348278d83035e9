package dev.pitwall.timing.kafka;

import dev.pitwall.contract.ContractRecord;

/** Receives what the record feed reads. */
public interface FeedListener {

    /** A decoded record, with the Kafka timestamp it was sent at. */
    void onRecord(ContractRecord record, long kafkaTimestamp);

    /** A record that could not be decoded (it is skipped; the feed carries on). */
    void onBadRecord(RecordDecoder.BadRecordException error);
}
