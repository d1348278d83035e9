package dev.pitwall.timing.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.RaceState;
import dev.pitwall.timing.state.SnapshotDiff;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The broadcaster without a server: viewers are fake connections that record what they are sent, some fast,
 * some slow (their sends complete late), some on a delay. Each must be able to rebuild the race from its own
 * messages, while viewers in step share one serialised message per pass.
 */
class RaceBroadcasterTest {

    private final ObjectMapper json = ContractJson.newMapper();
    private final ScheduledExecutorService completer = Executors.newSingleThreadScheduledExecutor();
    private final RaceState state = new RaceState();
    private RaceBroadcaster broadcaster;

    @AfterEach
    void stop() {
        if (broadcaster != null) {
            broadcaster.stop();
        }
        completer.shutdownNow();
    }

    @Test
    void viewersInStepShareOneSerialisationPerPass() throws Exception {
        broadcaster = new RaceBroadcaster(state, config(50));
        broadcaster.start();
        LiveRace race = new LiveRace();
        state.apply(race.drivers().record(), System.currentTimeMillis());
        List<FakeViewer> viewers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            viewers.add(new FakeViewer(0));
        }
        viewers.forEach(v -> broadcaster.join(v.connection));
        await().atMost(Duration.ofSeconds(5)).until(() -> viewers.stream().allMatch(v -> v.texts.size() == 1));
        Thread.sleep(200);
        long encodedBefore = broadcaster.messagesEncoded();
        long passesBefore = broadcaster.passes();

        long elapsedMs = feed(race, 40, 25); // 40 steps of all 20 cars, 25 ms apart: about 10 passes

        long passes = broadcaster.passes() - passesBefore;
        long encoded = broadcaster.messagesEncoded() - encodedBefore;
        assertThat(passes).as("passes in %d ms at max-rate 10", elapsedMs).isBetween(5L, elapsedMs / 100 + 2);
        // one diff per pass for all 200, plus at most one for the pass that still had the joiners' snapshot as base
        assertThat(encoded).isLessThanOrEqualTo(passes + 1);
        assertThat(viewers).allSatisfy(v -> assertThat(v.texts.size()).isGreaterThanOrEqualTo((int) passes - 1));
        // 200 viewers received the very same String objects
        assertThat(viewers.stream().map(v -> System.identityHashCode(v.texts.get(v.texts.size() - 1))).distinct()).hasSize(1);
        assertThat(viewers).allSatisfy(v -> assertThat(rebuild(v.texts)).isEqualTo(state.snapshot()));
    }

    @Test
    void slowAndDelayedViewersEachGetCorrectDiffsFromTheSharedOnes() throws Exception {
        broadcaster = new RaceBroadcaster(state, config(1000));
        broadcaster.start();
        LiveRace race = new LiveRace();
        state.apply(race.drivers().record(), System.currentTimeMillis());
        List<FakeViewer> fast = new ArrayList<>();
        List<FakeViewer> slow = new ArrayList<>();
        List<FakeViewer> delayed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fast.add(join(new FakeViewer(0)));
            if (i % 3 == 0) {
                slow.add(join(new FakeViewer(130 + 40 * (i % 4)))); // each send takes 1-3 periods
            }
            if (i % 5 == 0) {
                FakeViewer v = join(new FakeViewer(0));
                broadcaster.delay(v.connection, 1);
                delayed.add(v);
            }
        }
        feed(race, 60, 30); // a joiner in the middle of the race
        FakeViewer late = join(new FakeViewer(0));
        feed(race, 60, 30);

        long encoded = broadcaster.messagesEncoded();
        long sent = broadcaster.messagesSent();
        assertThat(broadcaster.updatesConflated()).as("the slow viewers were conflated").isPositive();
        assertThat(slow).allSatisfy(v -> assertThat(v.texts.size()).isLessThan(fast.get(0).texts.size()));
        assertThat(encoded).as("serialisations, against %d messages sent", sent).isLessThan(sent / 4);

        // the per-viewer statistics behind the metrics: the conflated ones on top, by id; the others never conflated
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            RaceBroadcaster.ViewerStats stats = broadcaster.viewerStats();
            assertThat(stats.viewers()).isEqualTo(fast.size() + slow.size() + delayed.size() + 1);
            assertThat(stats.top()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            assertThat(stats.top()).allSatisfy(t -> assertThat(slow.stream().map(v -> v.connection.id().substring(0, 8)))
                    .contains(t.viewerId()));
            assertThat(stats.atMost()[0]).as("viewers never conflated").isGreaterThanOrEqualTo(fast.size());
        });

        // once the race stops changing (and the 1 s delay has caught up), every viewer holds the state exactly
        RaceSnapshot end = state.snapshot();
        List<FakeViewer> all = new ArrayList<>(fast);
        all.addAll(slow);
        all.addAll(delayed);
        all.add(late);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(all).allSatisfy(v -> assertThat(rebuild(v.texts)).isEqualTo(end)));
        assertThat(delayed).allSatisfy(v -> assertThat(json.readTree(v.texts.get(1)).get("delaySeconds").asInt()).isEqualTo(1));
        assertThat(broadcaster.closedSlow()).isZero();
    }

    @Test
    void aViewerThatNeverCompletesIsClosedAsTooSlowWithoutHoldingUpTheOthers() throws Exception {
        broadcaster = new RaceBroadcaster(state, config(5));
        broadcaster.start();
        LiveRace race = new LiveRace();
        state.apply(race.drivers().record(), System.currentTimeMillis());
        FakeViewer stuck = join(new FakeViewer(-1));
        FakeViewer fine = join(new FakeViewer(0));
        feed(race, 40, 25);
        await().atMost(Duration.ofSeconds(5)).until(() -> stuck.closed.get() != null);
        assertThat(stuck.closed.get().getCode()).isEqualTo(RaceBroadcaster.TOO_SLOW);
        assertThat(stuck.closed.get().getMessage()).isEqualTo("too slow: 6 updates in a row could not be sent");
        assertThat(stuck.texts).hasSize(1);
        assertThat(broadcaster.closedSlow()).isEqualTo(1);
        assertThat(broadcaster.viewers()).isEqualTo(1);
        assertThat(rebuild(fine.texts)).isEqualTo(state.snapshot());
    }

    @Test
    void aChangeAfterAQuietSpellGoesOutAtOnceAndASteadyStreamAtMaxRate() throws Exception {
        broadcaster = new RaceBroadcaster(state, config(50));
        broadcaster.start();
        LiveRace race = new LiveRace();
        state.apply(race.drivers().record(), System.currentTimeMillis());
        FakeViewer viewer = join(new FakeViewer(0));
        Thread.sleep(300);
        // on fixed 100 ms ticks a lone change waits 50 ms on average and up to 100; sent on change, it goes at once
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread.sleep(150 + 37L * i); // quiet, and out of phase with any 100 ms tick
            int before = viewer.texts.size();
            long applied = System.nanoTime();
            state.apply(race.step(stepCounter++).get(0).record(), System.currentTimeMillis());
            await().atMost(Duration.ofSeconds(2)).until(() -> viewer.texts.size() > before);
            waits.add((viewer.arrivals.get(before) - applied) / 1_000_000);
        }
        System.out.println("lone changes sent after (ms): " + waits);
        assertThat(waits.stream().sorted().toList().get(waits.size() / 2)).as("median wait of %s ms", waits).isLessThan(25L);

        // a steady stream: one message per period, however many changes
        int before = viewer.texts.size();
        long elapsed = feed(race, 60, 10);
        int got = viewer.texts.size() - before;
        assertThat(got).as("messages in %d ms of changes every 10 ms", elapsed).isBetween((int) (elapsed / 100) - 3, (int) (elapsed / 100) + 1);
    }

    private FakeViewer join(FakeViewer v) {
        broadcaster.join(v.connection);
        return v;
    }

    /** Applies {@code steps} steps of the race, {@code pauseMs} apart, then waits for the last pass; returns the ms taken. */
    private long feed(LiveRace race, int steps, long pauseMs) throws InterruptedException {
        long start = System.nanoTime();
        for (int step = 0; step < steps; step++) {
            for (LiveRace.Sent s : race.step(stepCounter++)) {
                state.apply(s.record(), System.currentTimeMillis());
            }
            Thread.sleep(pauseMs);
        }
        Thread.sleep(300); // the last pass
        return (System.nanoTime() - start) / 1_000_000;
    }

    private int stepCounter;

    private RaceSnapshot rebuild(List<String> texts) throws Exception {
        RaceSnapshot snapshot = null;
        for (String m : List.copyOf(texts)) {
            JsonNode node = json.readTree(m);
            if (node.get("type").asText().equals("snapshot")) {
                snapshot = json.treeToValue(node.get("snapshot"), RaceSnapshot.class);
            } else {
                snapshot = SnapshotDiff.apply(snapshot, json.treeToValue(node.get("diff"), SnapshotDiff.class));
            }
        }
        return snapshot;
    }

    /** A connection that records its messages; each send completes after {@code sendMs} (never when negative). */
    private final class FakeViewer {
        final List<String> texts = new CopyOnWriteArrayList<>();
        final List<Long> arrivals = new CopyOnWriteArrayList<>();
        final AtomicReference<CloseReason> closed = new AtomicReference<>();
        final WebSocketConnection connection;

        FakeViewer(long sendMs) {
            String id = UUID.randomUUID().toString();
            connection = (WebSocketConnection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {WebSocketConnection.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "id" -> id;
                        case "sendText" -> {
                            arrivals.add(System.nanoTime());
                            texts.add((String) args[0]);
                            if (sendMs == 0) {
                                yield Uni.createFrom().voidItem();
                            }
                            CompletableFuture<Void> done = new CompletableFuture<>();
                            if (sendMs > 0) {
                                completer.schedule(() -> done.complete(null), sendMs, TimeUnit.MILLISECONDS);
                            }
                            yield Uni.createFrom().completionStage(done);
                        }
                        case "close" -> {
                            closed.set((CloseReason) args[0]);
                            yield Uni.createFrom().voidItem();
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "viewer " + id;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static WsConfig config(int maxBusyTicks) {
        return new WsConfig() {
            @Override
            public int maxRate() {
                return 10;
            }

            @Override
            public boolean sendOnChange() {
                return true;
            }

            @Override
            public List<String> allowedOrigins() {
                return List.of("*");
            }

            @Override
            public int maxBusyTicks() {
                return maxBusyTicks;
            }

            @Override
            public int historySeconds() {
                return 120;
            }

            @Override
            public int metricsTopViewers() {
                return 10;
            }

            @Override
            public boolean compression() {
                return false;
            }

            @Override
            public OptionalInt sendBufferBytes() {
                return OptionalInt.empty();
            }
        };
    }
}
