package dev.pitwall.staging.sink;

import dev.pitwall.staging.warehouse.StagingTable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        LocalDate date = keys.utc().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Row(keys.sessionKey(), keys.car(), keys.seq(), loadId, loadedAt, topic + "/" + partition + "/" + offset,
                date.getYear(), keys.round(), date, new String(value, StandardCharsets.UTF_8));
    }

    /** The load id of a batch's records from one partition: {@code sink-<topic>-<partition>-<first offset>}. */
    public static String loadId(String topic, int partition, long firstOffset) {
        return "sink-" + topic + "-" + partition + "-" + firstOffset;
    }

    private static final Set<String> COLUMNS = Set.of("session", "car", "seq", StagingTable.LOAD_ID,
            StagingTable.LOADED_AT, StagingTable.SOURCE, StagingTable.SEASON, StagingTable.ROUND, StagingTable.RACE_DATE,
            StagingTable.RAW);
    private static final Set<String> COLUMNS_WITHOUT_ROUND = Set.of("session", "car", "seq", StagingTable.LOAD_ID,
            StagingTable.LOADED_AT, StagingTable.SOURCE, StagingTable.SEASON, StagingTable.RACE_DATE, StagingTable.RAW);

    /**
     * A read-only row as fields rather than a hash map: the sink builds one per record and the warehouse reads
     * it column by column, so a {@code HashMap} of ten entries per record was a sixth of the mapping time.
     */
    private static final class Row extends AbstractMap<String, Object> {
        private final String session;
        private final String car;
        private final Long seq;
        private final String loadId;
        private final Instant loadedAt;
        private final String source;
        private final Integer season;
        private final Integer round;
        private final LocalDate raceDate;
        private final String raw;

        Row(String session, String car, long seq, String loadId, Instant loadedAt, String source, int season,
                Integer round, LocalDate raceDate, String raw) {
            this.session = session;
            this.car = car;
            this.seq = seq;
            this.loadId = loadId;
            this.loadedAt = loadedAt;
            this.source = source;
            this.season = season;
            this.round = round;
            this.raceDate = raceDate;
            this.raw = raw;
        }

        @Override
        public Object get(Object column) {
            if (!(column instanceof String name)) {
                return null;
            }
            return switch (name) {
                case "session" -> session;
                case "car" -> car;
                case "seq" -> seq;
                case StagingTable.LOAD_ID -> loadId;
                case StagingTable.LOADED_AT -> loadedAt;
                case StagingTable.SOURCE -> source;
                case StagingTable.SEASON -> season;
                case StagingTable.ROUND -> round;
                case StagingTable.RACE_DATE -> raceDate;
                case StagingTable.RAW -> raw;
                default -> null;
            };
        }

        @Override
        public boolean containsKey(Object column) {
            return keySet().contains(column);
        }

        @Override
        public Set<String> keySet() {
            return round == null ? COLUMNS_WITHOUT_ROUND : COLUMNS;
        }

        @Override
        public int size() {
            return keySet().size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            List<Entry<String, Object>> entries = new ArrayList<>();
            for (String column : keySet()) {
                entries.add(new SimpleImmutableEntry<>(column, get(column)));
            }
            return Set.copyOf(entries);
        }
    }
}
