package dev.pitwall.timing.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.RaceState;
import dev.pitwall.timing.state.SnapshotDiff;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Real viewers joining at different moments (one on a delay) while a race flows through the real broker: the
 * server serialises each diff once for all viewers in step, and every viewer still rebuilds the exact race state
 * from its own snapshot and diffs.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class SharedMessagesTest {

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    RaceBroadcaster broadcaster;

    @Inject
    RaceState state;

    private final ObjectMapper json = ContractJson.newMapper();

    @Test
    void viewersJoiningAtDifferentTimesEachRebuildTheStateFromSharedMessages() throws Exception {
        // the JDK client takes its listener when it connects, so no frame (the snapshot comes at once) can arrive
        // before anyone listens, as it can with a Vert.x client whose handlers are attached after the handshake
        HttpClient client = HttpClient.newHttpClient();
        List<List<String>> received = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        long encodedBefore = broadcaster.messagesEncoded();
        long sentBefore = broadcaster.messagesSent();
        try (RaceProducer race = new RaceProducer(bootstrap, 40)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> state.snapshot().rows().size() >= LiveRace.CARS.size());
            for (int i = 0; i < 12; i++) {
                List<String> messages = new CopyOnWriteArrayList<>();
                WebSocket ws = client.newWebSocketBuilder().header("Origin", "http://localhost:8080")
                        .buildAsync(URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/race"),
                                new Collector(messages))
                        .get(10, TimeUnit.SECONDS);
                if (i == 5) {
                    ws.sendText("{\"type\":\"delay\",\"seconds\":1}", true).get(10, TimeUnit.SECONDS);
                }
                received.add(messages);
                sockets.add(ws);
                Thread.sleep(i % 4 == 3 ? 330 : 0); // joining in four groups
            }
            Thread.sleep(2000);
            assertThat(race.failed()).as("records the broker refused").isZero();
        }
        try {
            // the race stops: once the feed has it all and the delayed viewer has caught up, all hold the same state
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                RaceSnapshot now = state.snapshot();
                for (List<String> messages : received) {
                    assertThat(rebuild(messages)).isEqualTo(now);
                }
            });
            long encoded = broadcaster.messagesEncoded() - encodedBefore;
            long sent = broadcaster.messagesSent() - sentBefore;
            assertThat(sent).isGreaterThan(12 * 20);
            assertThat(encoded).as("messages serialised for %d sent", sent).isLessThan(sent / 4);
            assertThat(received.get(5)).as("the delayed viewer's snapshot at its delay")
                    .anySatisfy(m -> assertThat(m).startsWith("{\"type\":\"snapshot\"").contains("\"delaySeconds\":1"));
        } finally {
            sockets.forEach(WebSocket::abort);
        }
    }

    private RaceSnapshot rebuild(List<String> messages) throws Exception {
        RaceSnapshot snapshot = null;
        for (String m : List.copyOf(messages)) {
            JsonNode node = json.readTree(m);
            if (node.get("type").asText().equals("snapshot")) {
                snapshot = json.treeToValue(node.get("snapshot"), RaceSnapshot.class);
            } else {
                if (snapshot == null) {
                    throw new IllegalStateException("a viewer's first message was a diff, not a snapshot: " + m);
                }
                snapshot = SnapshotDiff.apply(snapshot, json.treeToValue(node.get("diff"), SnapshotDiff.class));
            }
        }
        return snapshot;
    }

    /** Keeps every whole text message a viewer receives, in order. */
    private static final class Collector implements WebSocket.Listener {

        private final List<String> messages;
        private final StringBuilder partial = new StringBuilder();

        Collector(List<String> messages) {
            this.messages = messages;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
