package dev.pitwall.staging.sink;

import dev.pitwall.staging.warehouse.StagingTable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * One staging row from one record: key (session, car, seq), load metadata and the raw JSON as received.
 * {@code season} and {@code race_date} come from the record's {@code utc} (UTC); {@code round} only when the
 * record carries one.
 */
public final class SinkRows {

    private SinkRows() {
    }

    /**
     * The row for a record read at {@code topic/partition/offset}.
     *
     * @param loadId the batch's load id on that partition
     */
    public static Map<String, Object> row(RecordKeys keys, byte[] value, String topic, int partition, long offset,
            String loadId, Instant loadedAt) {
        Map<String, Object> row = new HashMap<>(16);
        row.put("session", keys.sessionKey());
        row.put("car", keys.car());
        row.put("seq", keys.seq());
        row.put(StagingTable.LOAD_ID, loadId);
        row.put(StagingTable.LOADED_AT, loadedAt);
        row.put(StagingTable.SOURCE, topic + "/" + partition + "/" + offset);
        var date = keys.utc().atOffset(ZoneOffset.UTC).toLocalDate();
        row.put(StagingTable.SEASON, date.getYear());
        if (keys.round() != null) {
            row.put(StagingTable.ROUND, keys.round());
        }
        row.put(StagingTable.RACE_DATE, date);
        row.put(StagingTable.RAW, new String(value, StandardCharsets.UTF_8));
        return row;
    }

    /** The load id of a batch's records from one partition: {@code sink-<topic>-<partition>-<first offset>}. */
    public static String loadId(String topic, int partition, long firstOffset) {
        return "sink-" + topic + "-" + partition + "-" + firstOffset;
    }
}
