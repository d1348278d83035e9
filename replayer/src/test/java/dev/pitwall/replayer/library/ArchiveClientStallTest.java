package dev.pitwall.replayer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body that stops arriving after the headers is cut and retried (WireMock cannot send headers and then stall,
 * so this uses the JDK's own HTTP server: it sends the first 100 bytes, then goes quiet for 10 s).
 */
class ArchiveClientStallTest {

    static final byte[] BODY = LiveTimingImporterTest.class.getName().repeat(20).getBytes();

    HttpServer server;
    ExecutorService threads = Executors.newCachedThreadPool();
    AtomicInteger requests = new AtomicInteger();
    volatile int stallingRequests;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/static/", exchange -> {
            int n = requests.incrementAndGet();
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY, 0, 100);
                out.flush();
                if (n <= stallingRequests) {
                    sleep(10_000);
                }
                out.write(BODY, 100, BODY.length - 100);
            } catch (IOException closedByClient) {
                // the client gave up on this one
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    ArchiveClient client() {
        return new ArchiveClient(ArchiveConfig.defaults()
                .withBaseUrl("http://localhost:" + server.getAddress().getPort() + "/static/")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300))
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)));
    }

    @Test
    void aStalledBodyIsCutAndFetchedAgain() {
        stallingRequests = 1;
        long start = System.nanoTime();

        ArchiveClient.Fetched<byte[]> fetched = client().fetchBytes("2023/x/y/Data.jsonStream");

        assertThat(fetched.body()).isEqualTo(BODY);
        assertThat(requests).hasValue(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aBodyThatKeepsStallingFailsSayingSo() {
        stallingRequests = Integer.MAX_VALUE;

        assertThatThrownBy(() -> client().fetchBytes("2023/x/y/Data.jsonStream"))
                .isInstanceOf(ImportException.class)
                .hasMessageEndingWith("2023/x/y/Data.jsonStream failed after 3 attempts: no data for 300 ms");
        assertThat(requests).hasValue(3);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
