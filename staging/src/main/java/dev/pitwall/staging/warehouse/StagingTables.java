package dev.pitwall.staging.warehouse;

import static dev.pitwall.staging.warehouse.ColumnType.BIGINT;
import static dev.pitwall.staging.warehouse.ColumnType.INT;
import static dev.pitwall.staging.warehouse.ColumnType.TEXT;

import java.util.List;

/** Every staging table, in one place: Jolpica tables first, then the Kafka sink tables. */
public final class StagingTables {

    private static final Column SEASON = Column.required(StagingTable.SEASON, INT);
    private static final Column ROUND = Column.required(StagingTable.ROUND, INT);
    private static final Column DRIVER = Column.required("driver_id", TEXT);
    private static final Column CONSTRUCTOR = Column.required("constructor_id", TEXT);
    private static final Column SESSION = Column.required("session", TEXT);
    private static final Column CAR = Column.required("car", TEXT);
    private static final Column SEQ = Column.required("seq", BIGINT);

    public static final StagingTable SEASONS = StagingTable.of("stg_seasons", SEASON);
    public static final StagingTable CIRCUITS = StagingTable.of("stg_circuits", Column.required("circuit_id", TEXT));
    public static final StagingTable RACES = StagingTable.of("stg_races", SEASON, ROUND);
    public static final StagingTable DRIVERS = StagingTable.of("stg_drivers", DRIVER);
    public static final StagingTable CONSTRUCTORS = StagingTable.of("stg_constructors", CONSTRUCTOR);
    public static final StagingTable RESULTS = StagingTable.of("stg_results", SEASON, ROUND, DRIVER);
    public static final StagingTable QUALIFYING = StagingTable.of("stg_qualifying", SEASON, ROUND, DRIVER);
    public static final StagingTable SPRINT_RESULTS = StagingTable.of("stg_sprint_results", SEASON, ROUND, DRIVER);
    /** Jolpica lap timings (one row per driver per lap). */
    public static final StagingTable LAPS_JOLPICA =
            StagingTable.of("stg_laps_jolpica", SEASON, ROUND, DRIVER, Column.required("lap", INT));
    public static final StagingTable PIT_STOPS =
            StagingTable.of("stg_pit_stops", SEASON, ROUND, DRIVER, Column.required("stop", INT));
    public static final StagingTable DRIVER_STANDINGS = StagingTable.of("stg_driver_standings", SEASON, ROUND, DRIVER);
    public static final StagingTable CONSTRUCTOR_STANDINGS =
            StagingTable.of("stg_constructor_standings", SEASON, ROUND, CONSTRUCTOR);
    public static final StagingTable STATUS = StagingTable.of("stg_status", Column.required("status_id", TEXT));

    /** Kafka sink: laps from the timing topics. */
    public static final StagingTable LAPS = StagingTable.of("stg_laps", SESSION, CAR, SEQ);
    public static final StagingTable TELEMETRY = StagingTable.of("stg_telemetry", SESSION, CAR, SEQ);
    /** Kafka sink: race events; events that belong to no car use car {@code ""}. */
    public static final StagingTable RACE_EVENTS = StagingTable.of("stg_race_events", SESSION, CAR, SEQ);

    public static final List<StagingTable> ALL = List.of(
            SEASONS, CIRCUITS, RACES, DRIVERS, CONSTRUCTORS, RESULTS, QUALIFYING, SPRINT_RESULTS, LAPS_JOLPICA,
            PIT_STOPS, DRIVER_STANDINGS, CONSTRUCTOR_STANDINGS, STATUS, LAPS, TELEMETRY, RACE_EVENTS);

    /** Book-keeping table: one row per load. */
    public static final String LOADS = "stg_loads";
    /** Book-keeping table: one row per record or URL a load could not take. */
    public static final String LOAD_ERRORS = "stg_load_errors";
    /** Book-keeping table: one row per Jolpica load unit completed with rows (the scheduler skips these). */
    public static final String LOAD_UNITS = "stg_load_units";
    /** Book-keeping table: one row per backfill job. */
    public static final String BACKFILL_JOBS = "stg_backfill_jobs";
    /** Book-keeping table: one row per unit a backfill job planned, with its outcome. */
    public static final String BACKFILL_UNITS = "stg_backfill_units";
    /** Book-keeping table: one row per dbt run staging started, with its outcome. */
    public static final String DBT_RUNS = "stg_dbt_runs";
    /** Every book-keeping table. */
    public static final List<String> BOOKKEEPING =
            List.of(LOADS, LOAD_ERRORS, LOAD_UNITS, BACKFILL_JOBS, BACKFILL_UNITS, DBT_RUNS);

    private StagingTables() {
    }
}
