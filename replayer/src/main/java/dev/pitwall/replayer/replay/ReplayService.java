package dev.pitwall.replayer.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.ContractJson;
import dev.pitwall.contract.KafkaConnection;
import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.replayer.clock.Speed;
import dev.pitwall.replayer.config.ReplayerConfig;
import dev.pitwall.replayer.publish.EventPublisher;
import dev.pitwall.replayer.publish.PartitionPlan;
import dev.pitwall.replayer.publish.ProducerSettings;
import dev.pitwall.replayer.publish.PublishListener;
import dev.pitwall.replayer.session.RecordedSession;
import dev.pitwall.replayer.session.SessionLibrary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;

/**
 * Runs at most one replay at a time and takes the user's control: start a session at a lap or time and
 * speed, pause, resume, change speed, seek, stop. Starting a new replay stops the running one.
 */
@ApplicationScoped
public class ReplayService {

    private static final Logger LOG = Logger.getLogger(ReplayService.class);

    private final ReplayerConfig config;
    private final SessionLibrary library;
    private final TopicGuard topics;
    private final MeterRegistry registry;
    private final Map<String, Object> kafkaConfig;
    private EventPublisher publisher;
    private volatile ReplayRun current;
    private volatile ReplayCounters counters = new ReplayCounters();

    public ReplayService(ReplayerConfig config, SessionLibrary library, TopicGuard topics, MeterRegistry registry,
            @Identifier(KafkaConnection.DEFAULT_KAFKA_BROKER) Map<String, Object> kafkaConfig) {
        this.config = config;
        this.library = library;
        this.topics = topics;
        this.registry = registry;
        this.kafkaConfig = kafkaConfig;
    }

    /** Starts replaying a session from a lap (or a session time) at a speed; stops any running replay. */
    public synchronized ReplayRun start(StartRequest request) {
        RecordedSession session = library.load(request.session());
        Speed speed = request.speed() == null ? Speed.REAL_TIME : Speed.parse(request.speed());
        ReplayPosition from = startPosition(session, request);
        stopCurrent();
        int partitions = topics.perCarPartitions();
        List<String> cars = session.drivers().stream().map(d -> d.car()).toList();
        PartitionPlan plan = PartitionPlan.of(cars, partitions);
        // made before the log context is set: the producer's I/O thread would keep a copy of it (the MDC is inherited)
        EventPublisher publisher = publisher();
        try (MdcScope log = session.logContext()) {
            if (!plan.perCar()) {
                LOG.warnf("session %s: %s", session.id(), plan.description());
            }
            counters = new ReplayCounters();
            ReplayRun run = new ReplayRun(session, publisher, plan, speed, from, request.paused(), counters);
            Thread thread = new Thread(run, "replay-" + session.id());
            thread.setDaemon(true);
            current = run;
            thread.start();
            LOG.infof("replaying %s (%s) at %s from session time %d ms; %s", session.id(),
                    session.descriptor().meeting() + " " + session.descriptor().name(), speed, from.sessionTimeMs(),
                    plan.description());
            return run;
        }
    }

    private ReplayPosition startPosition(RecordedSession session, StartRequest request) {
        if (request.fromSessionTimeMs() != null) {
            return timePosition(session, request.fromSessionTimeMs());
        }
        if (request.fromLap() != null) {
            return lapPosition(session, request.fromLap());
        }
        return ReplayPosition.at(session, session.firstTimeMs());
    }

    /** Where a replay of a lap starts: the lap's start, less the configured lead-in. */
    public ReplayPosition lapPosition(RecordedSession session, int lap) {
        Long start = session.laps().startOf(lap);
        if (start == null) {
            throw new IllegalArgumentException("session " + session.id() + " has no lap " + lap + " (it has laps 1 to "
                    + session.laps().lastLap() + ")");
        }
        long leadIn = config.replay().leadInSeconds() * 1000L;
        return leadIn > 0 ? ReplayPosition.at(session, Math.max(session.firstTimeMs(), start - leadIn))
                : ReplayPosition.atLapStart(session, start);
    }

    private static ReplayPosition timePosition(RecordedSession session, long sessionTimeMs) {
        if (sessionTimeMs < 0 || sessionTimeMs > session.lastTimeMs()) {
            throw new IllegalArgumentException("session time " + sessionTimeMs + " ms is outside the session (0 to "
                    + session.lastTimeMs() + " ms)");
        }
        return ReplayPosition.at(session, sessionTimeMs);
    }

    public void pause() {
        ReplayRun run = running();
        run.pause();
        logControl(run, "paused");
    }

    public void resume() {
        ReplayRun run = running();
        run.resume();
        logControl(run, "resumed");
    }

    public void speed(String value) {
        ReplayRun run = running();
        Speed speed = Speed.parse(value);
        run.speed(speed);
        logControl(run, "speed " + speed);
    }

    /** An operator's control call, with the session in the log context (the run's own thread logs its progress). */
    private static void logControl(ReplayRun run, String what) {
        try (MdcScope log = run.session().logContext()) {
            LOG.infof("replay of %s: %s at session time %d ms", run.session().id(), what, run.progress().sessionTimeMs());
        }
    }

    /** Seeks to a lap or a session time; a finished replay is started again from there. */
    public void seek(Integer lap, Long sessionTimeMs) {
        ReplayRun run = current;
        if (run == null) {
            throw new IllegalStateException("no replay to seek: start one first");
        }
        if ((lap == null) == (sessionTimeMs == null)) {
            throw new IllegalArgumentException("seek needs exactly one of 'lap' or 'sessionTimeMs'");
        }
        RecordedSession session = run.session();
        ReplayPosition target = lap != null ? lapPosition(session, lap) : timePosition(session, sessionTimeMs);
        if (run.isOver()) {
            start(new StartRequest(session.id(), run.progress().speed().toString(), lap, lap == null ? sessionTimeMs : null,
                    false));
        } else {
            run.seek(target);
            try (MdcScope log = session.logContext()) {
                LOG.infof("replay of %s: seek to %s (session time %d ms)", session.id(),
                        lap != null ? "lap " + lap : "session time", target.sessionTimeMs());
            }
        }
    }

    public void stop() {
        stopCurrent();
    }

    private synchronized void stopCurrent() {
        ReplayRun run = current;
        if (run != null && !run.isOver()) {
            run.stop();
            try {
                run.awaitEnd(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (MdcScope log = run.session().logContext()) {
                LOG.infof("replay of %s stopped (%s)", run.session().id(), run.state());
            }
        }
    }

    private ReplayRun running() {
        ReplayRun run = current;
        if (run == null || run.isOver()) {
            throw new IllegalStateException("no replay is running: start one first");
        }
        return run;
    }

    /** The current (or last) replay, if any. */
    public ReplayRun current() {
        return current;
    }

    public ReplayCounters counters() {
        return counters;
    }

    private synchronized EventPublisher publisher() {
        if (publisher == null) {
            Map<String, Object> settings = ProducerSettings.of(kafkaConfig, config.replay().deliveryTimeout().toMillis(),
                    Map.of(org.apache.kafka.clients.producer.ProducerConfig.COMPRESSION_TYPE_CONFIG, config.replay().compression()));
            ObjectMapper mapper = ContractJson.newMapper();
            java.util.Map<String, io.micrometer.core.instrument.Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();
            PublishListener listener = topic -> counters.computeIfAbsent(topic,
                    t -> registry.counter("pitwall.replay.records", "topic", t)).increment();
            publisher = new EventPublisher(new KafkaProducer<>(settings), mapper.writer(), listener);
            publisher.warmUp(dev.pitwall.contract.Topics.ALL);
        }
        return publisher;
    }

    @PreDestroy
    synchronized void close() {
        stopCurrent();
        if (publisher != null) {
            publisher.close();
        }
    }
}
