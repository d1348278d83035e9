package dev.pitwall.staging.load;

import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.staging.jolpica.JolpicaEndpoint;
import dev.pitwall.staging.warehouse.Warehouse;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * One scheduled staging run of a season: refresh the per-season units (schedule first; a merge rewrites only
 * rows whose raw record changed, so an unchanged list changes nothing), then load every round unit of the races
 * that have started and are not completed yet. Failed units stay not completed, so the next run tries them again.
 */
public class StagingRun {

    /** What a run did. */
    @RegisterForReflection
    public record Report(int season, List<String> loaded, List<String> failed, int skippedCompleted, long requests) {
    }

    private static final Logger LOG = Logger.getLogger(StagingRun.class);

    private final UnitLoader loader;
    private final Warehouse warehouse;
    private final Clock clock;
    private final LoadListener listener;

    public StagingRun(UnitLoader loader, Warehouse warehouse, Clock clock) {
        this(loader, warehouse, clock, LoadListener.NONE);
    }

    /** @param listener told at the end of a run that loaded rows, with the tables that got them */
    public StagingRun(UnitLoader loader, Warehouse warehouse, Clock clock, LoadListener listener) {
        this.loader = loader;
        this.warehouse = warehouse;
        this.clock = clock;
        this.listener = listener;
    }

    public Report run(int season) {
        Set<String> tables = new TreeSet<>();
        try {
            return run(season, tables);
        } finally {
            if (!tables.isEmpty()) {
                try {
                    listener.loaded("schedule " + season, tables);
                } catch (RuntimeException e) {
                    try (MdcScope log = MdcScope.of(MdcScope.SEASON, season)) {
                        LOG.errorf(e, "scheduled staging of %d: telling %s failed", season, listener);
                    }
                }
            }
        }
    }

    private Report run(int season, Set<String> tables) {
        List<String> loaded = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        long requests = 0;
        UnitResult races = loader.load(LoadUnit.ofSeason(JolpicaEndpoint.RACES, season), "scheduled", p -> { });
        requests += races.requests();
        (races.ok() ? loaded : failed).add(races.unit().id());
        changed(races, tables);
        if (!races.ok()) {
            try (MdcScope log = MdcScope.of(MdcScope.SEASON, season)) {
                LOG.warnf("scheduled staging of %d: no schedule (%s), nothing else loaded", season, races.reason());
            }
            return new Report(season, loaded, failed, 0, requests);
        }
        Schedule schedule = Schedule.from(season, races.fetched().orElseThrow().rows());
        for (JolpicaEndpoint endpoint : LoadUnit.PER_SEASON) {
            if (endpoint != JolpicaEndpoint.RACES) {
                UnitResult r = loader.load(LoadUnit.ofSeason(endpoint, season), "scheduled", p -> { });
                requests += r.requests();
                (r.ok() ? loaded : failed).add(r.unit().id());
                changed(r, tables);
            }
        }
        Instant now = clock.instant();
        var completed = warehouse.completedUnits(season);
        List<LoadUnit> due = StagingPlanner.dueRoundUnits(schedule, completed, now);
        int skipped = (int) schedule.races().stream().filter(r -> r.happenedBy(now))
                .mapToLong(r -> schedule.unitsOf(r).size()).sum() - due.size();
        for (LoadUnit unit : due) {
            UnitResult r = loader.load(unit, "scheduled", p -> { });
            requests += r.requests();
            (r.ok() ? loaded : failed).add(unit.id());
            changed(r, tables);
        }
        try (MdcScope log = MdcScope.of(MdcScope.SEASON, season)) {
            LOG.infof("scheduled staging of %d: %d units loaded, %d failed, %d completed before, %d requests",
                    season, loaded.size(), failed.size(), skipped, requests);
        }
        return new Report(season, loaded, failed, skipped, requests);
    }

    /** Adds the unit's table to {@code tables} when the unit merged rows. */
    static void changed(UnitResult r, Set<String> tables) {
        if (r.ok() && r.rows() > 0) {
            tables.add(r.unit().table().name());
        }
    }
}
