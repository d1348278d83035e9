package dev.pitwall.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.pitwall.testkit.BrokerProcess;
import dev.pitwall.testkit.RepoPaths;

/**
 * The local stack as a user runs it, for end-to-end tests: a real Kafka broker in its own JVM, the packaged
 * replayer (production profile, protected by a control token, the bundled races in its library, no autostart)
 * and the packaged timing-ws reading that broker. {@link #replayer(String, String)} drives the replay over
 * its REST API as the race view does.
 */
public final class Stack implements AutoCloseable {

    /** The bundled race every end-to-end test replays. */
    public static final String BUNDLED_RACE = "2025-australian-grand-prix-race";

    private final String token = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path dir;
    private BrokerProcess broker;
    private ServiceProcess replayer;
    private ServiceProcess timing;

    /** Starts the broker, the replayer and timing-ws; {@code timingEnv} adds settings to timing-ws. */
    public static Stack start(Map<String, String> timingEnv) throws IOException {
        return start(timingEnv, new String[0]);
    }

    /** As {@link #start(Map)}, with extra JVM options for timing-ws (a profiler, another heap size). */
    public static Stack start(Map<String, String> timingEnv, String... timingJvmArgs) throws IOException {
        return start(Map.of(), timingEnv, timingJvmArgs);
    }

    /** As {@link #start(Map)}; {@code replayerEnv} adds settings to the replayer. */
    public static Stack start(Map<String, String> replayerEnv, Map<String, String> timingEnv, String... timingJvmArgs)
            throws IOException {
        Stack stack = new Stack();
        try {
            Path dir = Files.createTempDirectory("pitwall-e2e-");
            stack.dir = dir;
            stack.broker = new BrokerProcess(dir.resolve("kafka")).start();
            java.util.Map<String, String> replayerSettings = new java.util.HashMap<>(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", stack.broker.bootstrapServers(),
                    "PITWALL_CONTROL_TOKEN", stack.token,
                    "PITWALL_LIBRARY_DIRS", RepoPaths.bundledRaces() + "," + dir.resolve("library"),
                    "PITWALL_LIBRARY_IMPORT_DIR", dir.resolve("library").toString()));
            replayerSettings.putAll(replayerEnv);
            stack.replayer = new ServiceProcess("replayer", replayerSettings).start();
            java.util.Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", stack.broker.bootstrapServers(),
                    "PITWALL_REPLAYER_URL", stack.replayer.baseUrl()));
            env.putAll(timingEnv);
            stack.timing = new ServiceProcess("timing-ws", env).start(timingJvmArgs);
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public static Stack start() throws IOException {
        return start(Map.of());
    }

    /** POSTs to the replayer's API ({@code /api/replay/...}) with the control token; returns the body, 2xx only. */
    public String replayer(String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replayer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "" : jsonBody));
        return send(request.build());
    }

    /** GETs a path of a service and returns the body, 2xx only. */
    public String get(ServiceProcess service, String path) {
        return send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .GET().build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public ServiceProcess replayer() {
        return replayer;
    }

    public ServiceProcess timing() {
        return timing;
    }

    public BrokerProcess broker() {
        return broker;
    }

    public String controlToken() {
        return token;
    }

    @Override
    public void close() {
        if (timing != null) {
            timing.close();
        }
        if (replayer != null) {
            replayer.close();
        }
        if (broker != null) {
            try {
                broker.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        removeDataKeepingTheBrokerLog();
    }

    /** Deletes the broker's data and the import folder (~50 MB a run); the broker's log goes to the e2e logs. */
    private void removeDataKeepingTheBrokerLog() {
        if (dir == null) {
            return;
        }
        try {
            if (broker != null && Files.exists(broker.logFile())) {
                Files.copy(broker.logFile(), ServiceProcess.logsDir().resolve("broker-" + dir.getFileName() + ".log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e);
        }
    }
}
