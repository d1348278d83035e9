package dev.pitwall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The packaged services in the production profile (as ECS runs them) write one JSON object per line, each with
 * {@code service}, and the log context under {@code mdc}: a replay started on the replayer names its session, and a
 * poison record on a per-car topic is logged by staging's sink and by timing-ws's feed with its session and car.
 * The fields and the CloudWatch query that relies on them are in docs/logging.md.
 */
class JsonLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "9693";
    private static final String CAR = "44";

    @Test
    void productionLogsAreJsonLinesNamingServiceSessionAndCar() throws Exception {
        Path data = Files.createTempDirectory("pitwall-e2e-logs-");
        try (Stack stack = Stack.start();
                ServiceProcess staging = new ServiceProcess("staging", Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", stack.broker().bootstrapServers(),
                        "PITWALL_DATA_DIR", data.toString(),
                        "PITWALL_SINK_ENABLED", "true",
                        "PITWALL_STAGING_TOKEN", stack.controlToken(),
                        "PITWALL_STAGING_CRON", "off",
                        "PITWALL_DBT_ENABLED", "false")).start()) {
            // paused at its start: the replayer sends the clock's start and a keyframe, and nothing else
            stack.replayer("/api/replay/start", "{\"session\":\"" + Stack.BUNDLED_RACE + "\",\"speed\":\"1\",\"paused\":true}");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> stack.get(stack.timing(), "/api/state").contains("\"sessionKey\":\"" + SESSION + "\""));

            // a lap whose seq is not a number: neither the sink nor the feed can read it
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                producer.send(new ProducerRecord<>(Topics.LAPS, CAR,
                        "{\"sessionKey\":\"" + SESSION + "\",\"car\":\"" + CAR + "\",\"seq\":\"x\"}")).get();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> !lines(staging.logFile(), "goes to pitwall.sink.dead-letter").isEmpty()
                    && !lines(stack.timing().logFile(), "skipped a bad record").isEmpty());
            stack.replayer("/api/replay/stop", null);

            assertThat(lines(stack.replayer().logFile(), "replaying " + Stack.BUNDLED_RACE)).singleElement().satisfies(l -> {
                assertThat(l.path("service").asText()).isEqualTo("replayer");
                assertThat(l.path("level").asText()).isEqualTo("INFO");
                assertThat(l.path("mdc").path("session").asText()).isEqualTo(SESSION);
                assertThat(l.path("mdc").path("libraryId").asText()).isEqualTo(Stack.BUNDLED_RACE);
            });
            assertThat(lines(staging.logFile(), "goes to pitwall.sink.dead-letter")).singleElement().satisfies(l -> {
                assertThat(l.path("service").asText()).isEqualTo("staging");
                assertThat(l.path("level").asText()).isEqualTo("WARN");
                assertThat(l.path("mdc").path("session").asText()).isEqualTo(SESSION);
                assertThat(l.path("mdc").path("car").asText()).isEqualTo(CAR);
            });
            assertThat(lines(stack.timing().logFile(), "skipped a bad record")).singleElement().satisfies(l -> {
                assertThat(l.path("service").asText()).isEqualTo("timing-ws");
                assertThat(l.path("mdc").path("session").asText()).isEqualTo(SESSION);
                assertThat(l.path("mdc").path("car").asText()).isEqualTo(CAR);
            });
            // a line about nothing in particular carries no session
            assertThat(lines(stack.timing().logFile(), "Profile prod activated")).singleElement()
                    .satisfies(l -> assertThat(l.path("mdc").has("session")).isFalse());
        } finally {
            try (var paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The lines of a service's output whose message contains {@code text}; fails on a line that is not JSON. */
    private static List<JsonNode> lines(Path log, String text) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                return fail("not a JSON line in " + log + ": " + line);
            }
            if (node.path("message").asText().contains(text)) {
                found.add(node);
            }
        }
        return found;
    }
}
