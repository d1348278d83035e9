package dev.pitwall.staging.dbt;

import dev.pitwall.staging.warehouse.StagingTables;
import dev.pitwall.staging.warehouse.Warehouse;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs {@code dbt build} one run at a time on its own thread. A request arriving while a run is going is merged
 * into the one queued, so a burst of loads makes one more run, not many. Each run gets the warehouse's file to
 * itself ({@link Warehouse#withFileReleased}), and is booked in {@code stg_dbt_runs}, logged in one line (INFO
 * green, WARN red, ERROR error) and counted; nothing a run does escapes the thread.
 *
 * <p>Until a run has built the whole project (none booked), every run builds the whole project: a selection such as
 * {@code source:jolpica.stg_results+} builds the models downstream of that table, but not their other parents, which
 * on a fresh warehouse do not exist yet.
 */
public class DbtRunner {

    private static final Logger LOG = Logger.getLogger(DbtRunner.class);
    /** Runs kept in memory and shown by the status. */
    public static final int RECENT = 20;

    private final boolean enabled;
    private final DbtCommand command;
    private final Warehouse warehouse;
    private final Clock clock;
    private final DbtMetrics metrics;
    private final DbtBuild build;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pitwall-dbt");
        t.setDaemon(true);
        return t;
    });
    /** The request the next run takes; guarded by this. */
    private DbtRequest queued;
    private volatile DbtStatus.Running running;
    /** Newest first; guarded by itself. */
    private final Deque<DbtRun> recent = new ArrayDeque<>();
    private volatile List<String> lastOutput = List.of();
    /** Whether a booked run has built the whole project; until then runs build all of it. */
    private volatile boolean projectBuilt;

    public DbtRunner(boolean enabled, DbtCommand command, Warehouse warehouse, MeterRegistry registry, Clock clock) {
        this.enabled = enabled;
        this.command = command;
        this.warehouse = warehouse;
        this.clock = clock;
        this.metrics = new DbtMetrics(registry);
        this.build = new DbtBuild(command, clock);
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Asks for a run of the selectors (empty: the whole project). Returns what is queued now, this request merged
     * into any queued before it; empty when dbt runs are off or the runner has stopped.
     */
    public Optional<DbtRequest> request(String trigger, Set<String> selectors) {
        DbtRequest request = DbtRequest.of(trigger, selectors);
        if (!enabled) {
            LOG.debugf("dbt runs are off: no run for %s", trigger);
            return Optional.empty();
        }
        synchronized (this) {
            if (queued != null) {
                queued = queued.merge(request);
                return Optional.of(queued);
            }
            queued = request;
            try {
                executor.submit(this::runQueued);
            } catch (RejectedExecutionException stopped) {
                queued = null;
                return Optional.empty();
            }
            return Optional.of(request);
        }
    }

    /** The runs booked before this start, so the status shows them, and whether one of them built the whole project. */
    public void loadHistory() {
        List<DbtRun> runs = warehouse.recentDbtRuns(RECENT).stream().map(DbtRun::of).toList();
        synchronized (recent) {
            recent.clear();
            recent.addAll(runs);
        }
        projectBuilt = warehouse.select("whole-project dbt runs", "SELECT failed_nodes FROM " + StagingTables.DBT_RUNS
                + " WHERE selection = ? AND outcome <> ?", List.of(DbtSelection.EVERYTHING, DbtRun.Outcome.error.name()))
                .stream().map(r -> r.get("failed_nodes"))
                .anyMatch(f -> f == null || DbtRun.onlyTestsFailed(List.of(f.toString().split(", "))));
    }

    public DbtStatus status() {
        DbtRequest next;
        synchronized (this) {
            next = queued;
        }
        return new DbtStatus(enabled, running, next == null ? null : DbtStatus.Queued.of(next), runs(), lastOutput);
    }

    /** The latest runs, newest first. */
    public List<DbtRun> runs() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    public Optional<DbtRun> latest() {
        synchronized (recent) {
            return Optional.ofNullable(recent.peekFirst());
        }
    }

    /** Takes no more requests, drops the queued one and stops a run going now (it is booked as an error). */
    public void stop() {
        synchronized (this) {
            queued = null;
            executor.shutdown();
        }
        build.cancel();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runQueued() {
        DbtRequest request;
        synchronized (this) {
            request = queued;
            queued = null;
        }
        if (request == null) {
            return;
        }
        try {
            run(request);
        } catch (Throwable t) {
            LOG.errorf(t, "dbt run for %s failed unexpectedly", request.trigger());
        }
    }

    private void run(DbtRequest request) {
        String id = UUID.randomUUID().toString();
        Instant started = clock.instant();
        running = new DbtStatus.Running(id, request.trigger(), request.selection(), started);
        try {
            DbtBuild.Result result;
            Optional<String> problem = command.problem();
            if (problem.isPresent()) {
                result = new DbtBuild.Result(DbtRun.error(id, request, started, clock.instant(), problem.get()), List.of());
            } else {
                DbtRequest effective = request;
                if (!projectBuilt && !request.selectors().isEmpty()) {
                    LOG.infof("dbt run %s (%s): the whole project, as no run has built it yet (asked for %s)", id,
                            request.trigger(), request.selection());
                    effective = request.wholeProject();
                }
                DbtRequest selected = effective;
                try {
                    result = warehouse.withFileReleased("dbt run " + id, () -> build.run(id, selected, started));
                } catch (RuntimeException e) {
                    result = new DbtBuild.Result(DbtRun.error(id, request, started, clock.instant(),
                            "the warehouse could not hand its file over: " + e.getMessage()), List.of());
                }
            }
            finish(result);
        } finally {
            running = null;
        }
    }

    private void finish(DbtBuild.Result result) {
        DbtRun run = result.run();
        lastOutput = result.output();
        if (run.builtWholeProject()) {
            projectBuilt = true;
        }
        synchronized (recent) {
            recent.addFirst(run);
            while (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        metrics.ran(run);
        switch (run.outcome()) {
            case green -> LOG.info(run.summary());
            case red -> LOG.warn(run.summary() + "; " + run.message());
            case error -> LOG.error(run.summary());
        }
        try {
            warehouse.recordDbtRun(run.row());
        } catch (RuntimeException e) {
            LOG.errorf("dbt run %s: booking it in stg_dbt_runs failed: %s", run.runId(), e.getMessage());
        }
    }
}
