package dev.pitwall.staging.dbt;

import dev.pitwall.staging.load.LoadListener;
import dev.pitwall.staging.sink.SinkStats;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * What makes staging run dbt: the end of a Jolpica staging run or backfill that loaded rows (a run over the
 * sources of the tables it loaded), and the Kafka sink's stored rows, looked at every
 * {@code pitwall.dbt.check-interval} without touching the sink's thread (a run over the feed tables that got rows,
 * once the sink is quiet or at most every {@code pitwall.dbt.sink-interval}).
 */
@ApplicationScoped
public class DbtTriggers implements LoadListener {

    @Inject
    DbtRunner runner;

    @Inject
    DbtConfig config;

    @Inject
    SinkStats sink;

    @Inject
    Clock clock;

    private FeedChanges feed;

    @Override
    public void loaded(String trigger, Set<String> tables) {
        runner.request(trigger, DbtSelection.forTables(tables));
    }

    @Scheduled(identity = "dbt-feed-check", every = "{pitwall.dbt.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void checkFeed() {
        if (!config.enabled()) {
            return;
        }
        if (feed == null) {
            feed = new FeedChanges(config.sinkQuiet(), config.sinkInterval());
        }
        feed.observe(sink.rowsStored(), clock.instant())
                .ifPresent(tables -> runner.request("sink", DbtSelection.forTables(tables)));
    }

    @Override
    public String toString() {
        return "the dbt runs";
    }
}
