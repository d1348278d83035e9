package dev.pitwall.replayer.replay;

import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.replayer.config.ReplayerConfig;
import dev.pitwall.replayer.session.RecordedSession;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Reports where the replay stands: the status endpoint's answer, a progress line in the log (lap x of N,
 * %, events/s, lag), and gauges on {@code /q/metrics}.
 */
@ApplicationScoped
public class StatusReporter {

    private static final Logger LOG = Logger.getLogger(StatusReporter.class);

    private final ReplayService service;
    private final TopicGuard topics;
    private final boolean tokenRequired;

    public StatusReporter(ReplayService service, TopicGuard topics, ReplayerConfig config, MeterRegistry registry) {
        this.service = service;
        this.topics = topics;
        this.tokenRequired = config.control().token().filter(t -> !t.isBlank()).isPresent();
        Gauge.builder("pitwall.replay.lag.ms", this, r -> r.progress().map(p -> p.lagMs()).orElse(0.0))
                .description("How far behind schedule the last record was sent (ms)").strongReference(true).register(registry);
        Gauge.builder("pitwall.replay.progress.percent", this, r -> r.status().percent())
                .description("Share of the session's race time replayed").strongReference(true).register(registry);
        Gauge.builder("pitwall.replay.events.per.second", this, r -> r.progress().map(p -> p.eventsPerSecond()).orElse(0.0))
                .description("Records sent per second").strongReference(true).register(registry);
    }

    private java.util.Optional<ReplayProgress> progress() {
        ReplayRun run = service.current();
        return run == null ? java.util.Optional.empty() : java.util.Optional.of(run.progress());
    }

    /** The status of the current (or last) replay. */
    public ReplayStatus status() {
        ReplayRun run = service.current();
        if (run == null) {
            return ReplayStatus.idle(true, tokenRequired);
        }
        RecordedSession s = run.session();
        ReplayProgress p = run.progress();
        ReplayState state = run.state();
        double span = Math.max(1, s.lastTimeMs() - s.firstTimeMs());
        double percent = Math.min(100, Math.max(0, (p.sessionTimeMs() - s.firstTimeMs()) * 100.0 / span));
        if (state == ReplayState.FINISHED) {
            percent = 100;
        }
        int lap = s.laps().lapAt(p.sessionTimeMs());
        if (s.totalLaps() != null) {
            lap = Math.min(lap, s.totalLaps());
        }
        List<String> messages = new ArrayList<>(s.availability().notes());
        if (state == ReplayState.WAITING_FOR_BROKER) {
            messages.add(0, "the Kafka broker cannot be reached: records are held and the replay carries on by itself when it is back");
        }
        if (p.failure() != null) {
            messages.add(0, "replay failed: " + p.failure());
        }
        if (!run.plan().perCar()) {
            messages.add(run.plan().description());
        }
        return new ReplayStatus(state, s.id(), s.sessionKey(), s.descriptor().meeting() + " - " + s.descriptor().name(),
                p.speed().toString(), p.sessionTimeMs(), s.origin().utc(p.sessionTimeMs()), lap, s.totalLaps(),
                Math.round(percent * 10) / 10.0, p.index(), p.total(), Math.round(p.eventsPerSecond()),
                p.lagMs(), p.p50Ms(), p.p99Ms(), p.lagSamples(), state != ReplayState.WAITING_FOR_BROKER,
                run.publisherInFlight(), run.publisherFailed(), run.plan().description(), run.plan().assignments(),
                service.counters().snapshot(), s.skipped().size(), s.availability(), run.startedAt(), run.finishedAt(), messages,
                tokenRequired);
    }

    /** Writes a progress line while a replay runs. */
    @Scheduled(every = "{pitwall.replay.progress-log-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void logProgress() {
        ReplayRun run = service.current();
        if (run == null || run.isOver()) {
            return;
        }
        ReplayStatus st = status();
        try (MdcScope log = run.session().logContext()) {
            LOG.info(String.format(Locale.ROOT, "replay %s %s: lap %d/%s (%.1f%%), %d/%d records, %.0f events/s, lag %.1f ms, p99 %.1f ms",
                    st.session(), st.state(), st.lap(), st.totalLaps() == null ? "?" : st.totalLaps(), st.percent(),
                    st.eventsSent(), st.eventsTotal(), st.eventsPerSecond(), st.lagMs(), st.sendLagP99Ms()));
        }
    }
}
