package dev.pitwall.replayer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.clock.Speed;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.replayer.publish.EventPublisher;
import dev.pitwall.replayer.publish.PartitionPlan;
import dev.pitwall.replayer.publish.ProducerSettings;
import dev.pitwall.replayer.publish.PublishListener;
import dev.pitwall.replayer.publish.TopicSetup;
import dev.pitwall.replayer.replay.ReplayCounters;
import dev.pitwall.replayer.replay.ReplayPosition;
import dev.pitwall.replayer.replay.ReplayRun;
import dev.pitwall.replayer.replay.ReplayState;
import dev.pitwall.replayer.session.RecordedSession;
import dev.pitwall.replayer.session.SessionLoader;
import dev.pitwall.testkit.BrokerProcess;
import dev.pitwall.testkit.RepoPaths;
import dev.pitwall.testkit.TopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker process stopped (SIGTERM) in the middle of a replay and started again on the same data: the
 * replay waits and says so, then carries on by itself, and a consumer finds every record of every car
 * exactly once and in order.
 */
class BrokerOutageTest {

    private static final int FROM_LAP = 48;

    @TempDir
    Path tmp;

    @Test
    void replayRidesOutABrokerRestart() throws Exception {
        RecordedSession session = SessionLoader.load(BundledRace.ID, RepoPaths.bundledRaces().resolve(BundledRace.ID),
                BadLinePolicy.FAIL);
        long from = session.laps().startOf(FROM_LAP);
        List<TimedEvent> expected = session.events().subList(session.indexAt(from), session.events().size());

        try (BrokerProcess broker = new BrokerProcess(Files.createDirectories(tmp.resolve("kafka"))).start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                new TopicSetup(admin, 22).ensureTopics();
            }
            Map<String, Object> settings = ProducerSettings.of(Map.of("bootstrap.servers", broker.bootstrapServers()), Duration.ofMinutes(5).toMillis(), Map.of());
            ObjectMapper mapper = ContractJson.newMapper();
            try (EventPublisher publisher = new EventPublisher(new KafkaProducer<>(settings), mapper.writer(), PublishListener.none())) {
                PartitionPlan plan = PartitionPlan.of(session.drivers().stream().map(d -> d.car()).toList(), 22);
                ReplayRun run = new ReplayRun(session, publisher, plan, Speed.parse("100"), ReplayPosition.at(session, from), false,
                        new ReplayCounters());
                Thread thread = new Thread(run, "replay-under-test");
                thread.start();

                await().atMost(Duration.ofSeconds(30)).until(() -> publisher.acknowledged() > 5_000);
                broker.stop();
                long stoppedAt = run.progress().index();
                await().atMost(Duration.ofSeconds(30)).until(() -> run.state() == ReplayState.WAITING_FOR_BROKER);
                System.out.printf("broker stopped after %d of %d records; replay says %s%n", stoppedAt, expected.size(), run.state());
                Thread.sleep(2000);
                broker.start();
                assertThat(run.awaitEnd(3, TimeUnit.MINUTES)).as("the replay finished by itself").isTrue();
                assertThat(run.state()).isEqualTo(ReplayState.FINISHED);
                publisher.flush();
                assertThat(publisher.failed()).as("records the producer gave up on").isZero();
            }

            Map<String, Long> expectedPerKey = new HashMap<>();
            expected.forEach(e -> expectedPerKey.merge(e.topic() + "/" + e.key(), 1L, Long::sum));
            Map<String, Long> lastSeq = new HashMap<>();
            Map<String, Long> countPerKey = new HashMap<>();
            int[] outOfOrder = {0};
            try (TopicReader reader = new TopicReader(broker.bootstrapServers(), List.of(Topics.CAR_SAMPLES, Topics.LAPS,
                    Topics.TIMING, Topics.RACE_EVENTS))) {
                reader.seekToBeginning();
                reader.readUntil(r -> {
                    JsonNode v = read(mapper, r.value());
                    String k = r.topic() + "/" + r.key();
                    countPerKey.merge(k, 1L, Long::sum);
                    Long prev = lastSeq.put(k, v.get("seq").asLong());
                    if (prev != null && v.get("seq").asLong() != prev + 1) {
                        outOfOrder[0]++;
                    }
                }, () -> countPerKey.values().stream().mapToLong(Long::longValue).sum() >= expected.size(), Duration.ofMinutes(2));
            }
            System.out.printf("after the outage: %d records read, %d expected%n",
                    countPerKey.values().stream().mapToLong(Long::longValue).sum(), expected.size());
            assertThat(countPerKey).as("records per topic and car: each exactly once").isEqualTo(expectedPerKey);
            assertThat(outOfOrder[0]).as("records out of order or missing within a car").isZero();
        }
    }

    private static JsonNode read(ObjectMapper mapper, byte[] value) {
        try {
            return mapper.readTree(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
