package dev.pitwall.timing.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import dev.pitwall.testkit.ContractTopics;
import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The service reads the contract topics of a real broker into its race state, served at /api/state and as the first
 * message to a viewer on /ws/race.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class StateFeedTest {

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper json = ContractJson.newMapper();

    @Test
    void recordsOnTheTopicsBecomeTheTower() throws Exception {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        ContractTopics.createMissing(bootstrap, 22);
        Instant t0 = Instant.parse("2025-03-16T05:00:00Z");
        long sentFrom = System.currentTimeMillis();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            RaceEvent drivers = new RaceEvent("9693", 1, t0, 1000, RaceEvent.Type.DRIVER_LIST, null, null, null, null,
                    List.of(new RaceEvent.Driver("4", "NOR", "Lando NORRIS", "McLaren", "F47600", 1),
                            new RaceEvent.Driver("1", "VER", "Max VERSTAPPEN", "Red Bull Racing", "4781D7", 2)),
                    null, null, null);
            producer.send(new ProducerRecord<>(Topics.RACE_EVENTS, "9693", json.writeValueAsBytes(drivers))).get();
            producer.send(new ProducerRecord<>(Topics.TIMING, "1", json.writeValueAsBytes(timing("1", 2, 895L, "+0.895")))).get();
            producer.send(new ProducerRecord<>(Topics.TIMING, "4", json.writeValueAsBytes(timing("4", 1, null, "LAP 57")))).get();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/state").then().statusCode(200)
                .body("rows.size()", equalTo(2))
                .body("rows[0].code", equalTo("NOR"))
                .body("rows[1].gapText", equalTo("+0.895"))
                // the Kafka timestamp of the newest record applied: sent a moment ago
                .body("ts", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(sentFrom),
                        org.hamcrest.Matchers.lessThanOrEqualTo(System.currentTimeMillis()))));
        given().get("/api/state/feed").then().statusCode(200).body("badRecords", equalTo(0));
        // a viewer that connects now gets that tower as its first message, a snapshot
        // (a JDK client: the packaged service of StateFeedIT has no Quarkus container in the test's JVM)
        List<String> messages = new CopyOnWriteArrayList<>();
        URI socketUri = URI.create(base.resolve("/ws/race").toString().replaceFirst("^http", "ws"));
        WebSocket viewer = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", "http://localhost:8080")
                .buildAsync(socketUri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !messages.isEmpty());
            JsonNode first = json.readTree(messages.get(0));
            assertThat(first.get("type").asText()).isEqualTo("snapshot");
            List<String> codes = new ArrayList<>();
            first.at("/snapshot/rows").forEach(row -> codes.add(row.get("code").asText()));
            assertThat(codes).containsExactly("NOR", "VER");
        } finally {
            viewer.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pitwall_feed_records"))
                .body(org.hamcrest.Matchers.containsString("pitwall_ws_clients"));
    }

    private static TimingUpdate timing(String car, int position, Long gapMs, String gapText) {
        return new TimingUpdate("9693", car, 1, Instant.parse("2025-03-16T05:00:01Z"), 2000, position, 57, gapMs, null,
                gapText, gapMs, null, gapText, 82_167L, 82_167L, 43, null, null, false, false, 2, false, "derived");
    }
}
