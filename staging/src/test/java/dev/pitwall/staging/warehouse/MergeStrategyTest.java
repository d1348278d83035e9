package dev.pitwall.staging.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.staging.warehouse.DuckDbWarehouse.MergeStrategy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both DuckDB merge strategies give the same table for a 10,000-row lap load, loaded fresh and then again.
 * Prints the time each takes (the numbers in the commit and report come from {@code -Dbench.rounds}).
 */
class MergeStrategyTest {

    static final int ROWS = 10_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(MergeStrategy.class)
    void tenThousandLapsMergeTheSameWayTwice(MergeStrategy strategy) {
        List<Map<String, Object>> rows = laps("l1");
        int rounds = Integer.getInteger("bench.rounds", 1);
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(dir.resolve(strategy + ".duckdb"), strategy)) {
            warehouse.createSchema();
            for (int i = 0; i < rounds; i++) {
                int round = 100 + i;
                List<Map<String, Object>> fresh = laps("l2").stream().map(r -> withRound(r, round)).toList();
                long intoNew = timeMillis(() -> warehouse.merge(StagingTables.LAPS_JOLPICA, fresh));
                long again = timeMillis(() -> warehouse.merge(StagingTables.LAPS_JOLPICA, rows));
                long replace = timeMillis(() -> warehouse.merge(StagingTables.LAPS_JOLPICA, rows));
                System.out.printf("merge %s %d rows: into new keys %d ms, new-then-existing %d ms, all existing %d ms%n",
                        strategy, ROWS, intoNew, again, replace);
            }
            assertThat(warehouse.count("stg_laps_jolpica")).isEqualTo((long) ROWS * (rounds + 1));
        }
    }

    @ParameterizedTest
    @EnumSource(MergeStrategy.class)
    void aFailingBatchCommitsNothingUnderEitherStrategy(MergeStrategy strategy) {
        try (DuckDbWarehouse warehouse = new DuckDbWarehouse(dir.resolve(strategy + ".duckdb"), strategy)) {
            warehouse.createSchema();
            List<Map<String, Object>> rows = laps("l1");
            warehouse.merge(StagingTables.LAPS_JOLPICA, rows.subList(0, 100));
            List<Map<String, Object>> bad = new ArrayList<>(laps("l2"));
            Map<String, Object> noLap = new java.util.HashMap<>(bad.get(ROWS - 1));
            noLap.put("lap", null);
            bad.set(ROWS - 1, noLap);

            assertThatThrownBy(() -> warehouse.merge(StagingTables.LAPS_JOLPICA, bad))
                    .isInstanceOf(WarehouseException.class);

            assertThat(warehouse.count("stg_laps_jolpica")).isEqualTo(100);
        }
    }

    private static Map<String, Object> withRound(Map<String, Object> row, int round) {
        Map<String, Object> copy = new java.util.HashMap<>(row);
        copy.put("round", round);
        return copy;
    }

    static List<Map<String, Object>> laps(String loadId) {
        List<Map<String, Object>> rows = new ArrayList<>(ROWS);
        Instant now = Instant.parse("2026-12-05T00:00:00Z");
        for (int i = 0; i < ROWS; i++) {
            int driver = i % 20;
            int lap = i / 20 + 1;
            rows.add(Map.of("season", 2024, "round", 1, "driver_id", "driver_" + driver, "lap", lap,
                    "load_id", loadId, "loaded_at", now, "source", "https://api.jolpi.ca/ergast/f1/2024/1/laps/" + lap,
                    "race_date", LocalDate.of(2024, 3, 2),
                    "raw", "{\"number\":\"" + lap + "\",\"Timings\":[{\"driverId\":\"driver_" + driver
                            + "\",\"position\":\"" + (driver + 1) + "\",\"time\":\"1:37.284\"}]}"));
        }
        return rows;
    }

    private static long timeMillis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
