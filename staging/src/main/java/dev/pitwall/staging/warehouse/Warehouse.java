package dev.pitwall.staging.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    /** Whether the warehouse answers a trivial query now. */
    boolean isReachable();

    @Override
    void close();

    /** One load: what was loaded, when, how it ended and how many rows it merged. */
    record Load(String loadId, String kind, Instant started, Instant finished, String outcome, long rows) {
    }

    /** One thing a load could not take, with where it came from and why. */
    record LoadError(String loadId, String url, String reason, Instant at) {
    }
}
