package dev.pitwall.staging.load;

import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.staging.jolpica.JolpicaClient;
import dev.pitwall.staging.jolpica.JolpicaEndpoint;
import dev.pitwall.staging.jolpica.SeasonPlan;
import dev.pitwall.staging.warehouse.Warehouse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Backfill jobs: load a season's per-season units and the units of a range of rounds, even units completed
 * before (the merge keeps unchanged rows as they were). A job and each of its units are persisted in the
 * warehouse as they progress, so a job cut short resumes where it stopped, skipping the units it loaded. Jobs run
 * on {@link LoadJobs}, one at a time with the scheduled runs.
 */
public class BackfillService {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    private static final Set<String> UNFINISHED = Set.of(QUEUED, RUNNING, INTERRUPTED);
    private static final String PENDING = "pending";

    private static final Logger LOG = Logger.getLogger(BackfillService.class);

    private final UnitLoader loader;
    private final Warehouse warehouse;
    private final LoadJobs jobs;
    private final JolpicaClient client;
    private final Clock clock;
    private final LoadListener listener;
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** The unit loading now: its job, pages fetched, total and limit from its first page, requests before it. */
    private volatile Live live;

    private record Live(String jobId, String unitId, int pagesDone, Integer total, Integer limit, long requestsBefore) {
    }

    public BackfillService(UnitLoader loader, Warehouse warehouse, LoadJobs jobs, JolpicaClient client, Clock clock) {
        this(loader, warehouse, jobs, client, clock, LoadListener.NONE);
    }

    /** @param listener told at the end of a job that loaded rows, with the tables that got them */
    public BackfillService(UnitLoader loader, Warehouse warehouse, LoadJobs jobs, JolpicaClient client, Clock clock,
                           LoadListener listener) {
        this.listener = listener;
        this.loader = loader;
        this.warehouse = warehouse;
        this.jobs = jobs;
        this.client = client;
        this.clock = clock;
    }

    /** Persists a new job for {@code season} (rounds null = the whole season) and queues it; returns its id. */
    public String start(int season, Integer fromRound, Integer toRound) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        warehouse.saveBackfillJob(new Warehouse.BackfillJob(id, season, fromRound, toRound, QUEUED, now, now, 0, null));
        jobs.submit(() -> run(id));
        return id;
    }

    /** Queues every job a previous run left unfinished; returns their ids. */
    public List<String> resumeUnfinished() {
        List<String> resumed = new ArrayList<>();
        for (Warehouse.BackfillJob job : warehouse.backfillJobs()) {
            if (UNFINISHED.contains(job.state())) {
                try (MdcScope log = MdcScope.of(MdcScope.SEASON, job.season())) {
                    LOG.infof("resuming backfill %s of %d (%s)", job.jobId(), job.season(), job.state());
                }
                resumed.add(job.jobId());
                jobs.submit(() -> run(job.jobId()));
            }
        }
        return resumed;
    }

    /** Asks running jobs to stop after the unit in progress; they stay unfinished and resume on the next start. */
    public void stop() {
        stopping.set(true);
    }

    public Optional<BackfillStatus> status(String id) {
        return warehouse.backfillJobs().stream().filter(j -> j.jobId().equals(id)).findFirst().map(this::status);
    }

    public List<BackfillStatus> list() {
        return warehouse.backfillJobs().stream().map(this::status).toList();
    }

    /** Runs (or resumes) one job to its end, unless asked to stop. */
    void run(String id) {
        Set<String> tables = new java.util.TreeSet<>();
        try {
            runJob(id, tables);
        } catch (RuntimeException e) {
            LOG.errorf(e, "backfill %s stopped by an error; it resumes on the next start", id);
        }
        if (!tables.isEmpty()) {
            try {
                listener.loaded("backfill " + id, tables);
            } catch (RuntimeException e) {
                LOG.errorf(e, "backfill %s: telling %s failed", id, listener);
            }
        }
    }

    private void runJob(String id, Set<String> tables) {
        Warehouse.BackfillJob job = job(id);
        if (stopping.get() || !UNFINISHED.contains(job.state())) {
            return;
        }
        job = save(job, RUNNING, job.fromRound(), job.toRound(), null);
        String kind = "backfill " + id;
        List<Warehouse.BackfillUnit> units = warehouse.backfillUnits(id);
        if (units.isEmpty()) {
            Optional<Warehouse.BackfillJob> planned = plan(job, kind, tables);
            if (planned.isEmpty()) {
                return;
            }
            job = planned.get();
            units = warehouse.backfillUnits(id);
        }
        for (Warehouse.BackfillUnit unit : units) {
            if (OK.equals(unit.outcome())) {
                continue; // loaded before a restart: not fetched again
            }
            if (stopping.get()) {
                save(job, INTERRUPTED, job.fromRound(), job.toRound(), null);
                try (MdcScope log = MdcScope.of(MdcScope.SEASON, job.season())) {
                    LOG.infof("backfill %s stopped; it resumes on the next start", id);
                }
                return;
            }
            LoadUnit loadUnit = unit.round() == null
                    ? LoadUnit.ofSeason(JolpicaEndpoint.valueOf(unit.endpoint()), unit.season())
                    : LoadUnit.ofRound(JolpicaEndpoint.valueOf(unit.endpoint()), unit.season(), unit.round(),
                            unit.raceDate());
            UnitResult result = loadTracked(id, loadUnit, kind);
            StagingRun.changed(result, tables);
            warehouse.saveBackfillUnit(unitRow(id, unit.seq(), loadUnit, result, unit.requests()));
        }
        finish(job);
    }

    /** Loads the schedule unit, plans the job's units from it and persists them; empty if the job ended here. */
    private Optional<Warehouse.BackfillJob> plan(Warehouse.BackfillJob job, String kind, Set<String> tables) {
        LoadUnit racesUnit = LoadUnit.ofSeason(JolpicaEndpoint.RACES, job.season());
        UnitResult races = loadTracked(job.jobId(), racesUnit, kind);
        StagingRun.changed(races, tables);
        warehouse.saveBackfillUnit(unitRow(job.jobId(), 0, racesUnit, races, 0));
        if (!races.ok()) {
            if (job.fromRound() == null || job.toRound() == null) {
                finish(job);
                return Optional.empty();
            }
            return Optional.of(planWithoutSchedule(job, races.reason()));
        }
        Schedule schedule = Schedule.from(job.season(), races.fetched().orElseThrow().rows());
        int from = job.fromRound() == null ? 1 : job.fromRound();
        int to = job.toRound() == null ? schedule.lastRound() : job.toRound();
        if (schedule.races().isEmpty() || to > schedule.lastRound()) {
            String reason = "the " + job.season() + " schedule has " + schedule.races().size() + " rounds; asked for "
                    + from + "-" + to;
            save(job, FAILED, from, to, "backfill " + job.season() + ": failed, " + reason);
            return Optional.empty();
        }
        int seq = 1;
        for (JolpicaEndpoint endpoint : LoadUnit.PER_SEASON) {
            if (endpoint != JolpicaEndpoint.RACES) {
                warehouse.saveBackfillUnit(pending(job.jobId(), seq++, LoadUnit.ofSeason(endpoint, job.season())));
            }
        }
        for (Schedule.Race race : schedule.races()) {
            // a race not started yet has nothing to load: its units would only answer total 0
            if (race.round() >= from && race.round() <= to && race.happenedBy(clock.instant())) {
                for (LoadUnit unit : schedule.unitsOf(race)) {
                    warehouse.saveBackfillUnit(pending(job.jobId(), seq++, unit));
                }
            }
        }
        return Optional.of(save(job, RUNNING, from, to, null));
    }

    /**
     * The schedule could not be loaded (an offline mirror without it, say), but the job names its rounds: plan
     * every per-season unit and every round unit of those rounds, sprint included (a round without one answers
     * total 0), with the race date unknown. The failed schedule unit stays on the job, so its report says failed.
     */
    private Warehouse.BackfillJob planWithoutSchedule(Warehouse.BackfillJob job, String scheduleFailure) {
        try (MdcScope log = MdcScope.of(MdcScope.SEASON, job.season())) {
            LOG.warnf("backfill %s: no %d schedule (%s); planning rounds %d-%d without it", job.jobId(), job.season(),
                    scheduleFailure, job.fromRound(), job.toRound());
        }
        int seq = 1;
        for (JolpicaEndpoint endpoint : LoadUnit.PER_SEASON) {
            if (endpoint != JolpicaEndpoint.RACES) {
                warehouse.saveBackfillUnit(pending(job.jobId(), seq++, LoadUnit.ofSeason(endpoint, job.season())));
            }
        }
        for (int round = job.fromRound(); round <= job.toRound(); round++) {
            for (JolpicaEndpoint endpoint : LoadUnit.PER_ROUND) {
                warehouse.saveBackfillUnit(pending(job.jobId(), seq++, LoadUnit.ofRound(endpoint, job.season(), round, null)));
            }
        }
        return save(job, RUNNING, job.fromRound(), job.toRound(), null);
    }

    private UnitResult loadTracked(String jobId, LoadUnit unit, String kind) {
        long before = client.requestsMade();
        live = new Live(jobId, unit.id(), 0, null, null, before);
        try {
            return loader.load(unit, kind, page -> {
                Live l = live;
                live = new Live(jobId, unit.id(), l.pagesDone() + 1, l.total() == null ? page.total() : l.total(),
                        l.limit() == null ? page.limit() : l.limit(), before);
            });
        } finally {
            live = null;
        }
    }

    private void finish(Warehouse.BackfillJob job) {
        List<Warehouse.BackfillUnit> units = warehouse.backfillUnits(job.jobId());
        Summary s = summary(units);
        int failed = (int) units.stream().filter(u -> FAILED.equals(u.outcome())).count();
        String rounds = job.fromRound() == null ? "" : " rounds " + job.fromRound() + "-" + job.toRound();
        String report;
        if (failed == 0) {
            report = "backfill " + job.season() + rounds + ": ok, " + units.size() + " units, requests=" + s.requests
                    + " minimum=" + s.minimum + " (limit=100)" + (s.requests == s.minimum ? "" : ": NOT equal");
        } else {
            report = "backfill " + job.season() + rounds + ": failed, " + units.size() + " units (" + failed
                    + " failed), requests=" + s.requests + "; the " + (units.size() - failed) + " loaded units took "
                    + s.loadedRequests + " requests, minimum=" + s.minimum + " (limit=100)"
                    + (s.loadedRequests == s.minimum ? ", equal" : ", NOT equal");
        }
        if (job.fromRound() != null) {
            Set<Integer> planned = new java.util.TreeSet<>();
            units.stream().filter(u -> u.round() != null).forEach(u -> planned.add(u.round()));
            List<Integer> notRaced = new ArrayList<>();
            for (int round = job.fromRound(); round <= job.toRound(); round++) {
                if (!planned.contains(round)) {
                    notRaced.add(round);
                }
            }
            if (!notRaced.isEmpty()) {
                report += "; rounds not raced yet, skipped: " + notRaced;
            }
        }
        save(job, failed == 0 ? OK : FAILED, job.fromRound(), job.toRound(), report);
        try (MdcScope log = MdcScope.of(MdcScope.SEASON, job.season())) {
            LOG.info(report);
        }
    }

    /** Requests of all units, of the loaded ones, and the minimum for the loaded ones' totals. */
    private record Summary(long requests, long loadedRequests, int minimum) {
    }

    private static Summary summary(List<Warehouse.BackfillUnit> units) {
        long requests = 0;
        long loadedRequests = 0;
        List<Integer> seasonTotals = new ArrayList<>();
        Map<Integer, Map<JolpicaEndpoint, Integer>> rounds = new HashMap<>();
        for (Warehouse.BackfillUnit u : units) {
            requests += u.requests();
            if (!OK.equals(u.outcome())) {
                continue;
            }
            loadedRequests += u.requests();
            int total = u.total() == null ? 0 : u.total();
            if (u.round() == null) {
                seasonTotals.add(total);
            } else {
                rounds.computeIfAbsent(u.round(), r -> new HashMap<>()).put(JolpicaEndpoint.valueOf(u.endpoint()), total);
            }
        }
        List<SeasonPlan.Round> planRounds = rounds.values().stream().map(m -> new SeasonPlan.Round(
                m.getOrDefault(JolpicaEndpoint.RESULTS, 0), m.getOrDefault(JolpicaEndpoint.QUALIFYING, 0),
                m.getOrDefault(JolpicaEndpoint.SPRINT, 0), m.getOrDefault(JolpicaEndpoint.LAPS, 0),
                m.getOrDefault(JolpicaEndpoint.PIT_STOPS, 0), m.getOrDefault(JolpicaEndpoint.DRIVER_STANDINGS, 0),
                m.getOrDefault(JolpicaEndpoint.CONSTRUCTOR_STANDINGS, 0))).toList();
        int minimum = SeasonPlan.requestsFor(new SeasonPlan(seasonTotals, planRounds));
        return new Summary(requests, loadedRequests, minimum);
    }

    private BackfillStatus status(Warehouse.BackfillJob job) {
        List<Warehouse.BackfillUnit> units = warehouse.backfillUnits(job.jobId());
        int done = 0;
        int failed = 0;
        int pagesDone = 0;
        int pagesTotal = 0;
        long requests = 0;
        List<BackfillStatus.Failure> failures = new ArrayList<>();
        for (Warehouse.BackfillUnit u : units) {
            requests += u.requests();
            pagesDone += u.pagesDone();
            if (u.total() != null && u.pageLimit() != null && u.pageLimit() > 0) {
                pagesTotal += (u.total() + u.pageLimit() - 1) / u.pageLimit();
            }
            if (OK.equals(u.outcome())) {
                done++;
            } else if (FAILED.equals(u.outcome())) {
                done++;
                failed++;
                failures.add(new BackfillStatus.Failure(u.unitId(), u.url(), u.reason()));
            }
        }
        Live l = live;
        if (l != null && l.jobId().equals(job.jobId())) {
            requests += client.requestsMade() - l.requestsBefore();
            pagesDone += l.pagesDone();
            if (l.total() != null && l.limit() != null && l.limit() > 0) {
                pagesTotal += (l.total() + l.limit() - 1) / l.limit();
            }
        }
        boolean finished = OK.equals(job.state()) || FAILED.equals(job.state());
        Summary s = finished && !units.isEmpty() ? summary(units) : null;
        return new BackfillStatus(job.jobId(), job.season(), job.fromRound(), job.toRound(), job.state(), done, failed,
                Math.max(1, units.size()), pagesDone, pagesTotal, requests, client.remainingThisHour(), failures,
                s == null ? null : s.loadedRequests(), s == null ? null : s.minimum(),
                s == null ? null : s.loadedRequests() == s.minimum(), job.report(), job.createdAt(), job.updatedAt());
    }

    private Warehouse.BackfillJob job(String id) {
        return warehouse.backfillJobs().stream().filter(j -> j.jobId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no backfill job " + id));
    }

    private Warehouse.BackfillJob save(Warehouse.BackfillJob job, String state, Integer from, Integer to, String report) {
        long requests = warehouse.backfillUnits(job.jobId()).stream().mapToLong(Warehouse.BackfillUnit::requests).sum();
        Warehouse.BackfillJob saved = new Warehouse.BackfillJob(job.jobId(), job.season(), from, to, state,
                job.createdAt(), clock.instant(), requests, report);
        warehouse.saveBackfillJob(saved);
        return saved;
    }

    private static Warehouse.BackfillUnit pending(String jobId, int seq, LoadUnit unit) {
        return new Warehouse.BackfillUnit(jobId, unit.id(), seq, unit.endpoint().name(), unit.season(), unit.round(),
                unit.raceDate(), PENDING, 0, 0, null, null, 0, null, null, null);
    }

    /** The unit's row after a load; {@code priorRequests}: what earlier tries of it in this job took. */
    private Warehouse.BackfillUnit unitRow(String jobId, int seq, LoadUnit unit, UnitResult r, long priorRequests) {
        return new Warehouse.BackfillUnit(jobId, unit.id(), seq, unit.endpoint().name(), unit.season(), unit.round(),
                unit.raceDate(), r.ok() ? OK : FAILED, r.rows(), priorRequests + r.requests(), r.total(), r.pageLimit(), r.pagesDone(),
                r.url(), r.reason(), clock.instant());
    }
}
