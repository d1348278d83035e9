package dev.pitwall.timing.kafka;

import dev.pitwall.contract.ContractRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A feed listener for tests: keeps every record it is handed, and the message of every bad record. */
final class CollectingListener implements FeedListener {

    final List<ContractRecord> received = Collections.synchronizedList(new ArrayList<>());
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onRecord(ContractRecord record, long kafkaTimestamp) {
        received.add(record);
    }

    @Override
    public void onBadRecord(RecordDecoder.BadRecordException error) {
        errors.add(error.getMessage());
    }
}
