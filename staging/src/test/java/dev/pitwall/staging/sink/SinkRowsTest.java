package dev.pitwall.staging.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.staging.warehouse.StagingTables;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The row of a real lap: key, metadata from its utc, raw JSON byte for byte, no invented round. */
class SinkRowsTest {

    @Test
    void aLapBecomesItsStagingRow() throws Exception {
        LapRecord lap = RaceSlice.laps().stream().filter(l -> l.car().equals("81") && l.lap() == 57).findFirst().orElseThrow();
        byte[] value = RaceSlice.json(lap).getBytes(StandardCharsets.UTF_8);
        Instant loadedAt = Instant.parse("2026-12-05T02:00:00Z");
        Map<String, Object> row = SinkRows.row(RecordKeys.read(value, true), value, "pitwall.laps", 13, 4242,
                SinkRows.loadId("pitwall.laps", 13, 4200), loadedAt);
        assertThat(row).containsEntry("session", "9693").containsEntry("car", "81").containsEntry("seq", 57L)
                .containsEntry("load_id", "sink-pitwall.laps-13-4200").containsEntry("loaded_at", loadedAt)
                .containsEntry("source", "pitwall.laps/13/4242").containsEntry("season", 2025)
                .containsEntry("race_date", LocalDate.of(2025, 3, 16))
                .containsEntry("raw", new String(value, StandardCharsets.UTF_8))
                .doesNotContainKey("round");
        assertThat(StagingTables.LAPS.columnNames()).containsAll(row.keySet());
    }

    @Test
    void raceDateIsTheUtcDate() throws Exception {
        String json = "{\"sessionKey\":\"9693\",\"seq\":1,\"utc\":\"2025-03-16T23:59:59.999Z\"}";
        byte[] value = json.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> row = SinkRows.row(RecordKeys.read(value, false), value, "pitwall.race-events", 0, 0, "l",
                Instant.now());
        assertThat(row).containsEntry("race_date", LocalDate.of(2025, 3, 16)).containsEntry("car", "");
    }
}
