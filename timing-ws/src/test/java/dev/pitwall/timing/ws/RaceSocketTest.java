package dev.pitwall.timing.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.RaceState;
import dev.pitwall.timing.state.SnapshotDiff;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketClientConnection;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The race socket: a snapshot on connect, then diffs that reproduce the server's state; bad frames get an
 * error frame and the documented close code; a browser from another origin is refused.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class RaceSocketTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    RaceState state;

    private final ObjectMapper json = ContractJson.newMapper();

    @Test
    void snapshotThenDiffsReproduceTheServersState() throws Exception {
        List<String> messages = new CopyOnWriteArrayList<>();
        WebSocketClientConnection client = connector().onTextMessage((c, m) -> messages.add(m)).connectAndAwait();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !messages.isEmpty());
            Instant t = Instant.parse("2025-03-16T05:00:00Z");
            state.apply(new RaceEvent("9693", 1, t, 1000, RaceEvent.Type.DRIVER_LIST, null, null, null, null,
                    List.of(new RaceEvent.Driver("4", "NOR", "Lando NORRIS", "McLaren", "F47600", 1),
                            new RaceEvent.Driver("81", "PIA", "Oscar PIASTRI", "McLaren", "F47600", 2)),
                    null, null, null));
            for (int lap = 1; lap <= 5; lap++) {
                state.apply(timing("81", lap, 1, null, "LAP " + lap), System.currentTimeMillis());
                state.apply(timing("4", lap, 2, 800L + lap, "+0.80" + lap), System.currentTimeMillis());
                Thread.sleep(150);
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(replay(messages)).isEqualTo(state.snapshot()));
            JsonNode first = json.readTree(messages.get(0));
            assertThat(first.get("type").asText()).isEqualTo("snapshot");
            assertThat(messages.stream().skip(1)).allSatisfy(m -> assertThat(json.readTree(m).get("type").asText()).isEqualTo("diff"));
            assertThat(messages.size()).as("at most 10 updates a second").isLessThanOrEqualTo(1 + 12);
            // every message carries the Kafka timestamp of the newest record in the state it describes, first
            assertThat(messages).allSatisfy(m -> assertThat(m).matches("\\{\"type\":\"(snapshot|diff)\",\"ts\":\\d+,.*"));
            JsonNode last = json.readTree(messages.get(messages.size() - 1));
            assertThat(last.get("ts").asLong()).isEqualTo(state.snapshot().ts()).isEqualTo(last.get("diff").get("ts").asLong());
        } finally {
            client.closeAndAwait();
        }
    }

    @Test
    void badFramesGetAnErrorAndTheDocumentedCloseCode() {
        assertThat(closeCodeAfter("hello")).isEqualTo(1007);
        assertThat(closeCodeAfter("{\"type\":\"subscribe\"}")).isEqualTo(1003);
        assertThat(closeCodeAfter("{\"type\":\"delay\",\"seconds\":500}")).isEqualTo(1007);
    }

    @Test
    void aBrowserFromAnotherOriginIsRefused() {
        AtomicReference<CloseReason> closed = new AtomicReference<>();
        BasicWebSocketConnector.create().baseUri(base).path("/ws/race").addHeader("Origin", "http://evil.example")
                .onClose((c, r) -> closed.set(r)).connectAndAwait();
        await().atMost(Duration.ofSeconds(10)).until(() -> closed.get() != null);
        assertThat(closed.get().getCode()).isEqualTo(1008);
    }

    private int closeCodeAfter(String frame) {
        List<String> messages = new CopyOnWriteArrayList<>();
        AtomicReference<CloseReason> closed = new AtomicReference<>();
        WebSocketClientConnection client = connector().onTextMessage((c, m) -> messages.add(m))
                .onClose((c, r) -> closed.set(r)).connectAndAwait();
        client.sendTextAndAwait(frame);
        await().atMost(Duration.ofSeconds(10)).until(() -> closed.get() != null);
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"type\":\"error\""));
        return closed.get().getCode();
    }

    /** A client from the allowed origin (the test profile allows http://localhost:8080). */
    private BasicWebSocketConnector connector() {
        return BasicWebSocketConnector.create().baseUri(base).path("/ws/race").addHeader("Origin", "http://localhost:8080");
    }

    private RaceSnapshot replay(List<String> messages) throws Exception {
        RaceSnapshot snapshot = null;
        for (String m : List.copyOf(messages)) {
            JsonNode node = json.readTree(m);
            if (node.get("type").asText().equals("snapshot")) {
                snapshot = json.treeToValue(node.get("snapshot"), RaceSnapshot.class);
            } else {
                snapshot = SnapshotDiff.apply(snapshot, json.treeToValue(node.get("diff"), SnapshotDiff.class));
            }
        }
        return snapshot;
    }

    private static TimingUpdate timing(String car, int lap, int position, Long gapMs, String gapText) {
        return new TimingUpdate("9693", car, lap, Instant.parse("2025-03-16T05:00:01Z").plusSeconds(lap * 90L), 2000 + lap * 90_000L,
                position, lap, gapMs, null, gapText, gapMs, null, gapText, 90_000L - lap, 90_000L - lap, lap, null, null,
                false, false, 0, false, "derived");
    }
}
