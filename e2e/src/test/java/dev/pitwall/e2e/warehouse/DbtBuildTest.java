package dev.pitwall.e2e.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dbt build} of the whole project (models, snapshot, data and unit tests) on DuckDB, after the recorded data
 * went through the real pipeline ({@link RecordedWarehouse}); then the 2025 Australian GP's marts against the
 * official results, a broken row that a named test must catch, an incremental run and the docs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DbtBuildTest {

    /** Official race time of the 2025 Australian GP winner (Jolpica, 2025/1/results.json: NOR 1:42:06.304). */
    private static final long WINNER_RACE_TIME_MS = 6_126_304L;

    @TempDir
    static Path work;
    private Path warehouse;
    private DbtCli.Run build;

    @BeforeAll
    void loadAndBuild() throws Exception {
        DbtCli.assumeInstalled();
        warehouse = RecordedWarehouse.copyTo(work.resolve("warehouse.duckdb"));
        build = DbtCli.dbt(work, env(warehouse), "build");
        System.out.printf("dbt build of everything on the recorded data: %.1f s%n", build.seconds());
    }

    private static Map<String, String> env(Path file) {
        return Map.of("PITWALL_DUCKDB_PATH", file.toString());
    }

    @Test
    void everyModelBuildsAndEveryTestPasses() throws Exception {
        assertThat(build.exitCode()).as(build.output()).isZero();
        Map<String, String> statuses = build.statuses();
        assertThat(statuses).allSatisfy((node, status) -> assertThat(status).as(node).isIn("success", "pass"));
        assertThat(statuses.keySet()).filteredOn(n -> n.startsWith("model.")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(statuses.keySet()).filteredOn(n -> n.startsWith("test.")).hasSizeGreaterThanOrEqualTo(90);
        assertThat(statuses.keySet()).filteredOn(n -> n.startsWith("unit_test.")).hasSize(2);
        assertThat(statuses).containsKeys("snapshot.pitwall.snap_driver_seats",
                "test.pitwall.assert_lap_time_equals_sector_sum", "test.pitwall.assert_lap_telemetry_spans_lap_time",
                "test.pitwall.assert_lap_positions_are_a_permutation",
                "test.pitwall.assert_standings_points_equal_results_points");
    }

    @Test
    void theMartsHoldEveryRecordedRoundAndTheWholeRace() throws Exception {
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(column("select round from marts.dim_races where season = 2025 order by round"))
                .containsExactly(1, 4, 6, 12, 16);
        assertThat(column("select count(*) from marts.fct_results where race_id = 202501")).containsExactly(20L);
        assertThat(column("select count(*) from marts.fct_laps where race_id = 202501")).containsExactly(921L);
        assertThat(column("select count(distinct car_number) from marts.fct_lap_telemetry where race_id = 202501"))
                .containsExactly(19L); // 17 cars completed laps; two more (SAI, DOO) left samples on the lap they retired in
        assertThat(column("select session_key from marts.dim_races where race_id = 202501")).containsExactly("9693");
    }

    @Test
    void theClassificationFromLapsIsTheOfficialOrderOfEveryClassifiedCar() throws Exception {
        assertThat(build.exitCode()).as(build.output()).isZero();
        List<Object> official = column("select driver_id from marts.fct_results where race_id = 202501 and is_classified"
                + " order by position");
        List<Object> fromLaps = column("select c.driver_id from marts.fct_race_classification_from_laps c"
                + " join marts.fct_results r on r.race_id = c.race_id and r.driver_id = c.driver_id and r.is_classified"
                + " where c.race_id = 202501 order by c.position");
        assertThat(official).hasSize(14).startsWith("norris", "max_verstappen", "russell");
        assertThat(fromLaps).isEqualTo(official);
        // the classified cars take the first places from laps too, in the same order
        assertThat(column("select c.position from marts.fct_race_classification_from_laps c join marts.fct_results r"
                + " on r.race_id = c.race_id and r.driver_id = c.driver_id where c.race_id = 202501 and r.is_classified"
                + " order by c.position")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void eachCarsFastestLapIsTheOfficialFastestLap() throws Exception {
        assertThat(build.exitCode()).as(build.output()).isZero();
        List<Object> official = column("select driver_id || ' lap ' || fastest_lap || ' ' || fastest_lap_time_ms"
                + " from marts.fct_results where race_id = 202501 and fastest_lap is not null order by driver_id");
        List<Object> fromLaps = column("select driver_id || ' lap ' || lap || ' ' || lap_time_ms from ("
                + " select driver_id, lap, lap_time_ms, row_number() over (partition by driver_id order by lap_time_ms, lap) pick"
                + " from marts.fct_laps where race_id = 202501 and lap_time_source <> 'derived'"
                + " and driver_id in (select driver_id from marts.fct_results where race_id = 202501 and fastest_lap is not null))"
                + " where pick = 1 order by driver_id");
        assertThat(official).hasSize(17).contains("norris lap 43 82167");
        assertThat(fromLaps).isEqualTo(official);
    }

    @Test
    void theWinnersLapsAddUpToTheOfficialRaceTimeWithinOneSecond() throws Exception {
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(column("select race_time_ms from marts.fct_results where race_id = 202501 and position = 1"))
                .containsExactly(WINNER_RACE_TIME_MS);
        long laps = ((Number) column("select sum(lap_time_ms) from marts.fct_laps where race_id = 202501"
                + " and driver_id = 'norris'").get(0)).longValue();
        long telemetry = ((Number) column("select sum(span_ms) from marts.fct_lap_telemetry where race_id = 202501"
                + " and driver_id = 'norris'").get(0)).longValue();
        System.out.printf("winner's race time: official %d ms, laps %d ms (%+d), telemetry %d ms (%+d)%n",
                WINNER_RACE_TIME_MS, laps, laps - WINNER_RACE_TIME_MS, telemetry, telemetry - WINNER_RACE_TIME_MS);
        assertThat(Math.abs(laps - WINNER_RACE_TIME_MS)).isLessThanOrEqualTo(1000);
        assertThat(Math.abs(telemetry - WINNER_RACE_TIME_MS)).isLessThanOrEqualTo(1000);
    }

    @Test
    void aBrokenRowMakesTheNamedTestFail() throws Exception {
        Path broken = RecordedWarehouse.copyTo(work.resolve("broken.duckdb"));
        // lap 10 of car 4: its first sector 500 s longer than recorded, so it no longer adds up to its lap time
        try (Connection c = open(broken, false); Statement s = c.createStatement()) {
            int changed = s.executeUpdate("update stg_laps set raw = replace(raw, '\"sector1Ms\":', '\"sector1Ms\":5'),"
                    + " loaded_at = now() where session = '9693' and car = '4' and raw like '%\"lap\":10,%'");
            assertThat(changed).isEqualTo(1);
        }
        DbtCli.Run run = DbtCli.dbt(work, env(broken), "build");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        Map<String, String> statuses = run.statuses();
        assertThat(statuses).containsEntry("test.pitwall.assert_lap_time_equals_sector_sum", "fail");
        Map<String, String> failed = new LinkedHashMap<>(statuses);
        // dbt build skips what depends on a failed test (the classification model and its tests); nothing else fails
        failed.values().removeIf(status -> status.equals("success") || status.equals("pass") || status.equals("skipped"));
        assertThat(failed).containsOnlyKeys("test.pitwall.assert_lap_time_equals_sector_sum");
        assertThat(run.output()).contains("FAIL 1 assert_lap_time_equals_sector_sum");
    }

    @Test
    void aSecondBuildIsIncrementalAndChangesNothing() throws Exception {
        Path again = RecordedWarehouse.copyTo(work.resolve("again.duckdb"));
        DbtCli.Run first = DbtCli.dbt(work, env(again), "build");
        assertThat(first.exitCode()).as(first.output()).isZero();
        List<Object> before = snapshotOfFacts(again);
        DbtCli.Run second = DbtCli.dbt(work, env(again), "build");

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(snapshotOfFacts(again)).isEqualTo(before);
        // the incremental models ran their incremental branch, which selected no race and no session
        assertThat(Files.readString(second.targetPath().resolve("compiled/pitwall/models/marts/fct_laps.sql")))
                .contains("changed_races");
        assertThat(Files.readString(second.targetPath().resolve("compiled/pitwall/models/marts/fct_lap_telemetry.sql")))
                .contains("source_loaded_at) from");
    }

    @Test
    void theDocsGenerate() throws Exception {
        assertThat(build.exitCode()).as(build.output()).isZero();
        DbtCli.Run docs = DbtCli.dbt(work, env(warehouse), "docs", "generate");

        assertThat(docs.exitCode()).as(docs.output()).isZero();
        String catalog = Files.readString(docs.targetPath().resolve("catalog.json"));
        assertThat(catalog).contains("model.pitwall.fct_laps", "model.pitwall.fct_lap_telemetry",
                "snapshot.pitwall.snap_driver_seats");
    }

    private List<Object> snapshotOfFacts(Path file) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (Connection c = open(file, true); Statement s = c.createStatement()) {
            for (String sql : List.of("select count(*), sum(lap_time_ms), max(source_loaded_at) from marts.fct_laps",
                    "select count(*), sum(span_ms), max(source_loaded_at) from marts.fct_lap_telemetry",
                    "select count(*), count(dbt_valid_to) from snapshots.snap_driver_seats")) {
                try (ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        out.add(String.valueOf(r.getObject(i)));
                    }
                }
            }
        }
        return out;
    }

    private List<Object> column(String sql) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (Connection c = open(warehouse, true); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getObject(1));
            }
        }
        return out;
    }

    private static Connection open(Path file, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        return new DuckDBDriver().connect("jdbc:duckdb:" + file, p);
    }
}
