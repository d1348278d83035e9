package dev.pitwall.staging.load;

import dev.pitwall.contract.log.MdcScope;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Triggers the scheduled staging run ({@code pitwall.staging.cron}, off with {@code off}) of the configured season
 * (default: the current year) on the shared load-job thread, and resumes unfinished backfills at start-up.
 */
@ApplicationScoped
public class ScheduledStaging {

    private static final Logger LOG = Logger.getLogger(ScheduledStaging.class);

    @Inject
    StagingConfig config;

    @Inject
    StagingRun run;

    @Inject
    BackfillService backfill;

    @Inject
    LoadJobs jobs;

    @Inject
    Clock clock;

    private final AtomicBoolean queued = new AtomicBoolean();

    @Scheduled(identity = "jolpica-staging", cron = "{pitwall.staging.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!queued.compareAndSet(false, true)) {
            LOG.info("scheduled staging: the previous run is still queued, skipping this one");
            return;
        }
        int season = season();
        jobs.submit(() -> {
            queued.set(false);
            try {
                run.run(season);
            } catch (RuntimeException e) {
                try (MdcScope log = MdcScope.of(MdcScope.SEASON, season)) {
                    LOG.errorf(e, "scheduled staging of %d failed", season);
                }
            }
        });
    }

    /** The configured season, or the current year (UTC). */
    int season() {
        return config.season().orElse(clock.instant().atZone(ZoneOffset.UTC).getYear());
    }

    /** After the default observers, so the warehouse's tables exist. */
    void onStart(@Observes @Priority(5000) StartupEvent start) {
        if (config.resumeOnStart()) {
            backfill.resumeUnfinished();
        }
    }

    /** A running backfill stops after its unit in progress, before the warehouse closes; it resumes at the next start. */
    void onStop(@Observes ShutdownEvent stop) {
        backfill.stop();
        jobs.drain(Duration.ofSeconds(30));
    }
}
