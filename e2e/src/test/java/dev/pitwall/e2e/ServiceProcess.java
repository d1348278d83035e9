package dev.pitwall.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.pitwall.testkit.RepoPaths;

/**
 * One packaged Pitwall service ({@code <module>/target/quarkus-app/quarkus-run.jar}) started as its own JVM on a
 * free port, as the local stack and a container would start it; its output goes to {@code target/e2e-logs}.
 * Ready when {@code /q/health/ready} answers 200.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String module;
    private final int port;
    private final Map<String, String> env;
    private final Path logFile;
    private Process process;

    public ServiceProcess(String module, Map<String, String> env) {
        this.module = module;
        this.port = freePort();
        this.env = new LinkedHashMap<>(env);
        this.env.put("PORT", Integer.toString(port));
        this.logFile = logsDir().resolve(module + "-" + port + ".log");
    }

    /** Starts the service and waits until it is ready. */
    public ServiceProcess start(String... jvmArgs) throws IOException {
        Path jar = RepoPaths.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the " + module + " module first (./mvnw -pl "
                    + module + " -am package -DskipTests)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(List.of(jvmArgs));
        cmd.add("-jar");
        cmd.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(cmd)
                .directory(RepoPaths.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        awaitReady(Duration.ofSeconds(90));
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Stops the service as an operator or an orchestrator would: SIGTERM (graceful shutdown), or SIGKILL when
     * {@code kill} (a crash: no shutdown hook runs). Waits for the process to exit and returns its exit code.
     */
    public int stop(boolean kill) throws InterruptedException {
        if (process == null) {
            throw new IllegalStateException(module + " was never started");
        }
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(module + " did not exit within 60 s of " + (kill ? "SIGKILL" : "SIGTERM")
                    + "; see " + logFile);
        }
        return process.exitValue();
    }

    /**
     * Runs the container health check of the service's image against it: the same executable started as
     * {@code --health-check} with the service's environment (its {@code PORT}), or with {@code port} instead when
     * given. Returns the exit status (0: live) and the probe's output.
     */
    public HealthCheck healthCheck(Integer port) throws IOException, InterruptedException {
        Path jar = RepoPaths.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--health-check").redirectErrorStream(true);
        builder.environment().putAll(env);
        if (port != null) {
            builder.environment().put("PORT", port.toString());
        }
        Process probe = builder.start();
        String output = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!probe.waitFor(30, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            throw new IllegalStateException(module + " --health-check did not exit within 30 s: " + output);
        }
        return new HealthCheck(probe.exitValue(), output);
    }

    /** The exit status and output of a {@code --health-check} run. */
    public record HealthCheck(int exitCode, String output) {
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with code " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + module, e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException(module + " was not ready in " + timeout + " (last: " + last + "); see " + logFile);
    }

    static Path logsDir() {
        Path dir = Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir, e);
        }
        return dir;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
