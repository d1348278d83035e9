package dev.pitwall.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker in its own JVM (the same {@code LocalBroker} the local stack runs), on a data folder
 * that survives a stop: the way to test a broker outage. Stopping sends SIGTERM, as an operator would.
 */
public final class BrokerProcess implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private Process process;

    public BrokerProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        int[] ports = freePorts();
        this.port = ports[0];
        this.controllerPort = ports[1];
        this.logFile = dataDir.resolve("broker.log");
        Files.createDirectories(dataDir);
    }

    /** Starts the broker and waits until it answers. */
    public BrokerProcess start() throws IOException {
        Path root = RepoPaths.root();
        Path cpFile = root.resolve("broker/target/classpath.txt");
        if (!Files.exists(cpFile)) {
            throw new IllegalStateException(cpFile + " is missing: build the broker module first (./mvnw -pl broker package)");
        }
        String cp = root.resolve("broker/target/classes") + java.io.File.pathSeparator + Files.readString(cpFile).trim();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, "dev.pitwall.broker.LocalBroker",
                dataDir.toString(), Integer.toString(port), Integer.toString(controllerPort)));
        process = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        awaitReady(Duration.ofSeconds(60));
        return this;
    }

    /** Stops the broker with SIGTERM and waits for it to exit. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with code " + process.exitValue() + "; see " + logFile);
            }
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
            }
        }
        throw new IllegalStateException("the broker did not become ready in " + timeout + "; see " + logFile, last);
    }

    /**
     * Two distinct free ports for the client and controller listeners. Both sockets are held open while the second
     * is chosen: asked one after the other, the kernel may hand out the same ephemeral port twice, and the broker
     * then refuses to start ("two listeners on the same port").
     */
    private static int[] freePorts() throws IOException {
        try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
