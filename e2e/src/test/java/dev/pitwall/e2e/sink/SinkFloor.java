package dev.pitwall.e2e.sink;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.duckdb.DuckDBDriver;

/**
 * The floor under any sink on this machine ({@code bench/sink/run --floor}): the two parts a sink cannot avoid,
 * each measured alone, so the sink's figure can be read against what the machine allows.
 * <ul>
 *   <li><b>Reading the topics</b>: a bare {@link KafkaConsumer} in a fresh JVM reads every record of the three sink
 *       topics and does nothing with them, three passes in a row (the first one pays for the JIT, as the sink in a
 *       freshly started service does). Wall time and the machine's busy CPU time (all processes, from
 *       {@code /proc/stat}) per pass.</li>
 *   <li><b>Writing in batches</b>: the benchmark's CSV of the telemetry rows (every column already computed) cut
 *       into files of the sink's batch size and inserted one file per statement with DuckDB's own CSV reader, into
 *       a fresh file with the sink's table (keyed) and the same table without its key.</li>
 * </ul>
 */
final class SinkFloor {

    /** The sink's default batch size ({@code pitwall.sink.batch-size}). */
    static final int BATCH = 50_000;

    private SinkFloor() {
    }

    /** Runs both measurements and logs them; {@code budgetSeconds} is the time the target allows the sink. */
    static void measure(SinkStack stack, Path csv, String ddl, long total, double copyCsvSeconds, double budgetSeconds)
            throws Exception {
        log(String.format(Locale.ROOT, "floor: the target allows the sink %.2f s for %d records", budgetSeconds, total));
        for (String pass : readInFreshJvm(stack.bootstrap(), total)) {
            log("floor: " + pass);
        }
        List<Path> batches = split(csv, stack.dir().resolve("batches"));
        double keyed = insertBatches(stack.dir().resolve("floor-keyed.duckdb"), ddl, batches);
        double keyless = insertBatches(stack.dir().resolve("floor-keyless.duckdb"), withoutKey(ddl), batches);
        log(String.format(Locale.ROOT, "floor: DuckDB alone, %d CSV files of %d rows inserted one per statement: %.2f s"
                + " into the sink's keyed table, %.2f s without the key (one COPY of the whole CSV: %.2f s)",
                batches.size(), BATCH, keyed, keyless, copyCsvSeconds));
    }

    /** Starts {@link Read} in a fresh JVM and returns its lines, one per pass. */
    private static List<String> readInFreshJvm(String bootstrap, long total) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", System.getProperty("java.class.path"), Read.class.getName(),
                bootstrap, Long.toString(total)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            lines = r.lines().toList();
        }
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the bare consumer failed: " + lines);
        }
        return lines;
    }

    /** The benchmark's CSV (header first) cut into files of {@link #BATCH} rows without a header. */
    private static List<Path> split(Path csv, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine();
            String line = r.readLine();
            while (line != null) {
                Path f = dir.resolve("batch-" + files.size() + ".csv");
                try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                    for (int n = 0; n < BATCH && line != null; n++, line = r.readLine()) {
                        w.write(line);
                        w.write('\n');
                    }
                }
                files.add(f);
            }
        }
        return files;
    }

    /** Inserts every batch file, one auto-committed statement each, into a fresh file; returns the seconds. */
    private static double insertBatches(Path db, String ddl, List<Path> batches) throws SQLException {
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + db, new Properties());
                Statement s = c.createStatement()) {
            s.execute(ddl);
            String columns = columnTypes(s);
            long t = System.nanoTime();
            for (Path f : batches) {
                s.execute("INSERT INTO stg_telemetry SELECT * FROM read_csv('" + f + "', header = false, columns = "
                        + columns + ")");
            }
            return (System.nanoTime() - t) / 1e9;
        }
    }

    /** The table's columns as {@code read_csv}'s {@code columns} struct, so no file is sniffed. */
    private static String columnTypes(Statement s) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery("SELECT column_name, data_type FROM duckdb_columns()"
                + " WHERE table_name = 'stg_telemetry' ORDER BY column_index")) {
            while (r.next()) {
                types.put(r.getString(1), r.getString(2));
            }
        }
        return types.entrySet().stream().map(e -> "'" + e.getKey() + "': '" + e.getValue() + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String withoutKey(String ddl) {
        String keyless = ddl.replaceFirst(",\\s*PRIMARY KEY\\s*\\([^)]*\\)", "");
        if (keyless.equals(ddl)) {
            throw new IllegalStateException("no primary key in " + ddl);
        }
        return keyless;
    }

    private static void log(String s) {
        System.err.println(s);
    }

    /** The bare consumer, in its own JVM: {@code <bootstrap> <records>}; one line per pass on standard output. */
    public static final class Read {

        public static void main(String[] args) throws Exception {
            long total = Long.parseLong(args[1]);
            for (int pass = 1; pass <= 3; pass++) {
                long t = System.nanoTime();
                double busy = machineBusySeconds();
                double self = ownCpuSeconds();
                long bytes = readAll(args[0], total);
                System.out.printf(Locale.ROOT, "bare Kafka consumer, fresh JVM, pass %d: %d records (%d MB) in %.2f s;"
                        + " CPU: %.2f s this JVM, %.2f s the whole machine%n", pass, total, bytes >> 20,
                        (System.nanoTime() - t) / 1e9, ownCpuSeconds() - self, machineBusySeconds() - busy);
            }
        }

        private static long readAll(String bootstrap, long total) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            long n = 0;
            long bytes = 0;
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
                List<TopicPartition> all = new ArrayList<>();
                for (String topic : SinkStack.sinkTopics()) {
                    c.partitionsFor(topic).forEach(i -> all.add(new TopicPartition(topic, i.partition())));
                }
                c.assign(all);
                c.seekToBeginning(all);
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (n < total) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("read " + n + " of " + total + " records in 2 minutes");
                    }
                    for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
                        n++;
                        bytes += r.value().length;
                    }
                }
            }
            return bytes;
        }

        private static double ownCpuSeconds() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
        }

        /** Busy CPU time of the whole machine (all but idle and iowait), from {@code /proc/stat} (in 1/100 s). */
        private static double machineBusySeconds() throws IOException {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / 100.0;
        }
    }
}
