package dev.pitwall.e2e.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.Topics;
import dev.pitwall.e2e.ServiceProcess;
import dev.pitwall.e2e.Stack;
import dev.pitwall.testkit.BrokerProcess;
import dev.pitwall.testkit.RepoPaths;
import dev.pitwall.testkit.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.duckdb.DuckDBDriver;

/**
 * The sink's end-to-end stack: a real broker in its own JVM, the packaged replayer with the bundled races, and the
 * packaged staging service (its warehouse a DuckDB file in a temporary data folder) which can be stopped, killed
 * and started again on the same folder.
 */
public final class SinkStack implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final String token = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path dir;
    private final BrokerProcess broker;
    private final ServiceProcess replayer;
    private ServiceProcess staging;

    public SinkStack() throws IOException {
        dir = Files.createTempDirectory("pitwall-e2e-sink-");
        broker = new BrokerProcess(dir.resolve("kafka")).start();
        replayer = new ServiceProcess("replayer", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "PITWALL_CONTROL_TOKEN", token,
                "PITWALL_LIBRARY_DIRS", RepoPaths.bundledRaces().toString(),
                "PITWALL_LIBRARY_IMPORT_DIR", dir.resolve("library").toString())).start();
    }

    /** Starts staging (the sink on) on the stack's data folder, and waits until it is ready. */
    ServiceProcess startStaging() throws IOException {
        return startStaging(Map.of());
    }

    /**
     * Starts staging (the sink on, dbt runs off unless {@code extra} turns them on) on the stack's data folder with
     * extra settings, and waits until it is ready.
     */
    public ServiceProcess startStaging(Map<String, String> extra) throws IOException {
        Map<String, String> env = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "PITWALL_DATA_DIR", dir.resolve("staging").toString(),
                "PITWALL_SINK_ENABLED", "true",
                // the production profile refuses to start without a token; no Jolpica run during the test
                "PITWALL_STAGING_TOKEN", token,
                "PITWALL_STAGING_CRON", "off",
                "PITWALL_DBT_ENABLED", "false"));
        env.putAll(extra);
        // extra settings ({@code -Dsink.stagingEnv=K=V,K=V}), e.g. another batch size in the benchmark
        for (String kv : System.getProperty("sink.stagingEnv", "").split(",")) {
            if (kv.contains("=")) {
                env.put(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
            }
        }
        staging = new ServiceProcess("staging", env).start(stagingJvmArgs());
        return staging;
    }

    String bootstrap() {
        return broker.bootstrapServers();
    }

    public Path dir() {
        return dir;
    }

    /** Extra JVM options for staging ({@code -Dsink.stagingJvm="-XX:StartFlightRecording=..."}), for profiling. */
    private static String[] stagingJvmArgs() {
        String args = System.getProperty("sink.stagingJvm", "");
        return args.isBlank() ? new String[0] : args.trim().split("\\s+");
    }

    public ServiceProcess staging() {
        return staging;
    }

    public Path warehouseFile() {
        return dir.resolve("staging/warehouse.duckdb");
    }

    /** Replays the bundled race at full speed. */
    public void replayAtMaxSpeed() {
        send(HttpRequest.newBuilder(URI.create(replayer.baseUrl() + "/api/replay/start"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"" + Stack.BUNDLED_RACE + "\",\"speed\":\"max\"}"))
                .build());
    }

    public String replayState() throws IOException {
        return JSON.readTree(get(replayer, "/api/replay")).path("state").asText();
    }

    public JsonNode sink() throws IOException {
        return JSON.readTree(get(staging, "/api/sink"));
    }

    public String get(ServiceProcess service, String path) {
        return send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** Posts JSON to a service with the stack's bearer token, and returns the reply's body (2xx expected). */
    public String post(ServiceProcess service, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Records on a topic now: the sum of its end offsets (every partition starts at 0 on a fresh broker). */
    public long endOffsets(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream().mapToLong(r -> r.offset()).sum();
        }
    }

    /** Sum of a consumer group's committed offsets on a topic: the records it committed (partitions start at 0). */
    long committedRecords(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    /** Reads a topic from the beginning and counts its records, one by one. */
    long countRecords(String topic) throws Exception {
        long expected = endOffsets(topic);
        AtomicLong counted = new AtomicLong();
        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), List.of(topic))) {
            reader.seekToBeginning().readUntil(r -> counted.incrementAndGet(), () -> counted.get() >= expected,
                    Duration.ofSeconds(60));
        }
        return counted.get();
    }

    /** Rows, distinct keys and keys that occur more than once in a staging table of the (closed) warehouse file. */
    record TableCounts(long rows, long distinctKeys, long duplicateKeys) {
    }

    /** Opens the warehouse file read-only (staging must be stopped: one process at a time may open it). */
    TableCounts counts(String table) throws SQLException {
        Properties read = new Properties();
        read.setProperty("duckdb.read_only", "true");
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + warehouseFile(), read);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT (session, car, seq)), "
                        + "(SELECT count(*) FROM (SELECT session, car, seq FROM " + table
                        + " GROUP BY ALL HAVING count(*) > 1)) FROM " + table)) {
            r.next();
            return new TableCounts(r.getLong(1), r.getLong(2), r.getLong(3));
        }
    }

    static List<String> sinkTopics() {
        return List.of(Topics.LAPS, Topics.CAR_SAMPLES, Topics.RACE_EVENTS);
    }

    @Override
    public void close() {
        if (staging != null) {
            staging.close();
        }
        replayer.close();
        try {
            broker.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e);
        }
    }
}
