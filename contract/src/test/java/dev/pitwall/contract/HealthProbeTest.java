package dev.pitwall.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The probe against a real HTTP server on 127.0.0.1: 200 passes, anything else or no answer fails and says why. */
class HealthProbeTest {

    private final AtomicInteger status = new AtomicInteger(200);
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(HealthProbe.PATH, exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String port() {
        return String.valueOf(server.getAddress().getPort());
    }

    @Test
    void onlyTheFlagAsFirstArgumentMakesAProbe() {
        assertThat(HealthProbe.requested("--health-check")).isTrue();
        assertThat(HealthProbe.requested()).isFalse();
        assertThat(HealthProbe.requested("-Dquarkus.http.host=0.0.0.0")).isFalse();
        assertThat(HealthProbe.requested("-Dx=1", "--health-check")).isFalse();
    }

    @Test
    void anUpServicePasses() {
        assertThat(HealthProbe.run(Map.of("PORT", port()), 1, err)).isZero();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theDefaultPortIsUsedWithoutPort() {
        assertThat(HealthProbe.run(Map.of(), server.getAddress().getPort(), err)).isZero();
    }

    @Test
    void aDownServiceFailsNamingTheStatus() {
        status.set(503);
        assertThat(HealthProbe.run(Map.of("PORT", port()), 1, err)).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("/q/health/live answered 503");
    }

    @Test
    void nothingListeningFails() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThat(HealthProbe.run(Map.of("PORT", String.valueOf(closed)), 1, err)).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("did not answer");
    }

    @Test
    void aBadPortFailsSayingSo() {
        assertThat(HealthProbe.run(Map.of("PORT", "http"), 1, err)).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("PORT is not a port number: 'http'");
    }
}
