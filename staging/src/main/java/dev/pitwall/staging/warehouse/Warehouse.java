package dev.pitwall.staging.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where staged records land: embedded DuckDB by default, or Snowflake.
 *
 * <p>Rows are maps from column name to value ({@code String}, {@code Integer}, {@code Long},
 * {@link java.time.LocalDate}, {@link Instant}); every row must carry the table's key columns and the required
 * load metadata of {@link StagingTable#METADATA}.
 */
public interface Warehouse extends AutoCloseable {

    /** {@code duckdb} or {@code snowflake}. */
    String kind();

    /** Creates the staging, loads and load-errors tables if they do not exist; running it again changes nothing. */
    void createSchema();

    /**
     * Merges rows into a table by its key, in one transaction: all rows or none. A later row with the same key
     * as an earlier one in the same call wins.
     *
     * @return the number of distinct keys merged
     * @throws WarehouseException if anything fails; then nothing of this call is kept
     */
    int merge(StagingTable table, List<Map<String, Object>> rows);

    /** Records (or updates, by load id) one load in the loads table. */
    void recordLoad(Load load);

    /** Records one thing a load could not take. */
    void recordLoadError(LoadError error);

    /** Rows in a table, by name (staging or book-keeping). */
    long count(String table);

    /**
     * Runs one read-only query (e.g. over the dbt marts) under the warehouse's own connection and lock, and
     * returns its rows in order: lower-case column label to the JDBC value.
     *
     * @param what names the query in errors
     */
    List<Map<String, Object>> select(String what, String sql, List<?> parameters);

    /** Whether the warehouse answers a trivial query now. */
    boolean isReachable();

    /**
     * Runs work that needs the warehouse's storage to itself, e.g. a dbt child process writing the same DuckDB
     * file. DuckDB: waits for and holds the writer lock (merges, loads and reads wait), closes the connection so
     * another process may open the file, runs the work, and always opens the file again afterwards, whether the
     * work returned or threw. Snowflake: just runs the work.
     *
     * @param why names the hand-over in the log
     */
    <T> T withFileReleased(String why, java.util.function.Supplier<T> work);

    @Override
    void close();

    // --- Jolpica load book-keeping: completed units, backfill jobs (upserts by key, one transaction each) ---

    /** Records a load unit as completed (by unit id): the scheduler will not load it again. */
    void recordCompletedUnit(CompletedUnit unit);

    /** Unit ids of the completed load units of a season. */
    Set<String> completedUnits(int season);

    /** Records (or updates, by job id) a backfill job. */
    void saveBackfillJob(BackfillJob job);

    /** Every backfill job, newest first. */
    List<BackfillJob> backfillJobs();

    /** Records (or updates, by job id and unit id) one unit of a backfill job. */
    void saveBackfillUnit(BackfillUnit unit);

    /** The units of a backfill job in planned order. */
    List<BackfillUnit> backfillUnits(String jobId);

    /** The latest {@code limit} loads, newest first. */
    List<Load> recentLoads(int limit);

    /** The latest {@code limit} load errors, newest first. */
    List<LoadError> recentLoadErrors(int limit);

    // --- dbt run book-keeping ---

    /** Records (or updates, by run id) one dbt run. */
    void recordDbtRun(DbtRunRow run);

    /** The latest {@code limit} dbt runs, newest first. */
    List<DbtRunRow> recentDbtRuns(int limit);

    /** A load unit completed with rows. {@code round} is null for per-season units. */
    record CompletedUnit(String unitId, String endpoint, int season, Integer round, String loadId, long rows,
                         Instant completedAt) {
    }

    /** A backfill job: its range (null rounds = the whole season), state, requests made and final report. */
    record BackfillJob(String jobId, int season, Integer fromRound, Integer toRound, String state, Instant createdAt,
                       Instant updatedAt, long requests, String report) {
    }

    /**
     * One unit of a backfill job: {@code outcome} pending, ok or failed; {@code total} and {@code pageLimit} as the
     * first page told them (null until then); the URL and reason of a failure.
     */
    record BackfillUnit(String jobId, String unitId, int seq, String endpoint, int season, Integer round,
                        LocalDate raceDate, String outcome, long rows, long requests, Integer total, Integer pageLimit,
                        int pagesDone, String url, String reason, Instant finishedAt) {
    }

    /** One load: what was loaded, when, how it ended and how many rows it merged. */
    record Load(String loadId, String kind, Instant started, Instant finished, String outcome, long rows) {
    }

    /**
     * One dbt run as booked in {@code stg_dbt_runs}: what caused it, what it selected, its outcome ({@code green},
     * {@code red} or {@code error}), counts, the failed nodes (comma-separated) and a message.
     */
    record DbtRunRow(String runId, String trigger, String selection, Instant startedAt, Instant finishedAt,
                     String outcome, long modelsBuilt, long testsPassed, long testsFailed, String failedNodes,
                     String message) {
    }

    /** One thing a load could not take, with where it came from and why. */
    record LoadError(String loadId, String url, String reason, Instant at) {
    }
}
