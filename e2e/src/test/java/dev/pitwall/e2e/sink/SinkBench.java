package dev.pitwall.e2e.sink;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.TopicReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBDriver;

/**
 * The Kafka sink benchmark ({@code bench/sink/run}). The packaged replayer puts the bundled race on a real broker
 * (all its car samples, ~750k records, plus laps and race events); then the packaged staging service starts on a
 * fresh data folder and its sink reads the topics into a fresh DuckDB file. Its rate is the rows it stored over the
 * time from its first poll to its last commit (both reported by the sink on {@code /api/sink}).
 *
 * <p>The reference is DuckDB's own bulk load of the same telemetry rows: the same columns (key, load metadata, raw
 * JSON as on the topic) written to a CSV file and to a Parquet file, each loaded with {@code COPY stg_telemetry
 * FROM} into a fresh DuckDB file whose table has the sink's own DDL (same primary key). The faster COPY is the
 * reference, best of two runs each. The last line is {@code sink ratio=<sink rate / COPY rate> target=0.5}.
 * With {@code -Dsink.floor=true} it also measures the floor under any sink on the machine ({@link SinkFloor}).
 */
public final class SinkBench {

    public static void main(String[] args) throws Exception {
        try (SinkStack stack = new SinkStack()) {
            log("replaying the bundled race at full speed into the broker");
            long t0 = System.nanoTime();
            stack.replayAtMaxSpeed();
            while (!"FINISHED".equals(stack.replayState())) {
                Thread.sleep(500);
            }
            long samples = stack.endOffsets(Topics.CAR_SAMPLES);
            long laps = stack.endOffsets(Topics.LAPS);
            long events = stack.endOffsets(Topics.RACE_EVENTS);
            long total = samples + laps + events;
            log(String.format(Locale.ROOT, "replayed in %.1f s: %d car samples, %d laps, %d race events on the topics",
                    (System.nanoTime() - t0) / 1e9, samples, laps, events));

            log("starting staging (sink on, fresh DuckDB file)");
            stack.startStaging();
            JsonNode sink;
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                sink = stack.sink();
                long rows = 0;
                for (JsonNode n : sink.path("rows")) {
                    rows += n.asLong();
                }
                if (rows >= total && sink.path("lag").isNumber() && sink.path("lag").asLong() == 0) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the sink did not store " + total + " rows within 3 minutes: " + sink);
                }
                Thread.sleep(200);
            }
            Instant first = Instant.parse(sink.path("firstPollAt").asText());
            Instant last = Instant.parse(sink.path("lastBatchAt").asText());
            double sinkSeconds = Duration.between(first, last).toNanos() / 1e9;
            double sinkRate = total / sinkSeconds;
            log(String.format(Locale.ROOT, "sink: %d rows (%d telemetry) in %.2f s from first poll to last commit, %d batches: %.0f rows/s",
                    total, samples, sinkSeconds, sink.path("batches").asLong(), sinkRate));
            stack.staging().stop(false);
            SinkStack.TableCounts stored = stack.counts("stg_telemetry");
            if (stored.rows() != samples || stored.distinctKeys() != samples) {
                throw new IllegalStateException("stg_telemetry holds " + stored + ", expected " + samples + " rows");
            }
            String ddl = ddl(stack.warehouseFile());

            Path csv = stack.dir().resolve("telemetry.csv");
            Path parquet = stack.dir().resolve("telemetry.parquet");
            long written = writeCsv(stack, csv, samples);
            toParquet(stack.dir().resolve("convert.duckdb"), ddl, csv, parquet);
            log(String.format(Locale.ROOT, "reference files: %d rows; CSV %.1f MB, Parquet %.1f MB", written,
                    Files.size(csv) / 1e6, Files.size(parquet) / 1e6));
            double csvSeconds = copy(stack.dir().resolve("copy-csv.duckdb"), ddl, "COPY stg_telemetry FROM '" + csv
                    + "' (FORMAT csv, HEADER true)", samples);
            double parquetSeconds = copy(stack.dir().resolve("copy-parquet.duckdb"), ddl, "COPY stg_telemetry FROM '"
                    + parquet + "' (FORMAT parquet)", samples);
            double csvRate = samples / csvSeconds;
            double parquetRate = samples / parquetSeconds;
            double copyRate = Math.max(csvRate, parquetRate);
            log(String.format(Locale.ROOT, "DuckDB COPY FROM csv: %d rows in %.2f s (best of 2): %.0f rows/s", samples, csvSeconds, csvRate));
            log(String.format(Locale.ROOT, "DuckDB COPY FROM parquet: %d rows in %.2f s (best of 2): %.0f rows/s", samples, parquetSeconds, parquetRate));
            log(String.format(Locale.ROOT, "machine: %d cores, %s, Java %s", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.arch"), System.getProperty("java.version")));
            if (Boolean.getBoolean("sink.floor")) {
                SinkFloor.measure(stack, csv, ddl, total, csvSeconds, total / (0.5 * copyRate));
            }
            System.out.printf(Locale.ROOT, "sink rows/s=%.0f copy rows/s=%.0f (%s)%n", sinkRate, copyRate,
                    copyRate == csvRate ? "csv" : "parquet");
            System.out.printf(Locale.ROOT, "sink ratio=%.2f target=0.5%n", sinkRate / copyRate);
        }
    }

    /** The sink's own CREATE TABLE of stg_telemetry, read from the file it wrote. */
    private static String ddl(Path file) throws SQLException {
        try (Connection c = open(file, true); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sql FROM duckdb_tables() WHERE table_name = 'stg_telemetry'")) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * The telemetry rows as the sink stores them, read off the topic: key and metadata from each record, raw the
     * record's value as received, one CSV line each.
     */
    private static long writeCsv(SinkStack stack, Path csv, long expected) throws Exception {
        AtomicLong n = new AtomicLong();
        String loadedAt = Instant.now().toString();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                TopicReader reader = new TopicReader(stack.bootstrap(), List.of(Topics.CAR_SAMPLES))) {
            w.write("session,car,seq,load_id,loaded_at,source,season,round,race_date,raw\n");
            reader.seekToBeginning().readUntil(r -> {
                try {
                    String raw = new String(r.value(), StandardCharsets.UTF_8);
                    JsonNode v = SinkStack.JSON.readTree(raw);
                    var date = Instant.parse(v.path("utc").asText()).atOffset(ZoneOffset.UTC).toLocalDate();
                    w.write(quote(v.path("sessionKey").asText()) + "," + quote(v.path("car").asText()) + ","
                            + v.path("seq").asLong() + "," + quote("sink-" + r.topic() + "-" + r.partition() + "-0") + ","
                            + loadedAt + "," + quote(r.topic() + "/" + r.partition() + "/" + r.offset()) + ","
                            + date.getYear() + ",," + date + "," + quote(raw) + "\n");
                    n.incrementAndGet();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, () -> n.get() >= expected, Duration.ofMinutes(2));
        }
        if (n.get() != expected) {
            throw new IllegalStateException("read " + n.get() + " car samples off the topic, expected " + expected);
        }
        return n.get();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void toParquet(Path db, String ddl, Path csv, Path parquet) throws SQLException {
        try (Connection c = open(db, false); Statement s = c.createStatement()) {
            s.execute(ddl);
            s.execute("COPY stg_telemetry FROM '" + csv + "' (FORMAT csv, HEADER true)");
            s.execute("COPY stg_telemetry TO '" + parquet + "' (FORMAT parquet)");
        }
    }

    /**
     * Runs one COPY (auto-committed: durable when it returns, as a sink batch is at its commit) into a fresh file's
     * table with the sink's DDL, twice on two fresh files, and returns the faster run's seconds.
     */
    private static double copy(Path db, String ddl, String copy, long expected) throws SQLException {
        double first = copyOnce(db, ddl, copy, expected);
        Path again = db.resolveSibling("again-" + db.getFileName());
        return Math.min(first, copyOnce(again, ddl, copy, expected));
    }

    private static double copyOnce(Path db, String ddl, String copy, long expected) throws SQLException {
        try (Connection c = open(db, false); Statement s = c.createStatement()) {
            s.execute(ddl);
            long t = System.nanoTime();
            s.execute(copy);
            double seconds = (System.nanoTime() - t) / 1e9;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM stg_telemetry")) {
                r.next();
                if (r.getLong(1) != expected) {
                    throw new IllegalStateException(copy + " loaded " + r.getLong(1) + " rows, expected " + expected);
                }
            }
            return seconds;
        }
    }

    private static Connection open(Path file, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        return new DuckDBDriver().connect("jdbc:duckdb:" + file, p);
    }

    private static void log(String s) {
        System.err.println(s);
    }
}
