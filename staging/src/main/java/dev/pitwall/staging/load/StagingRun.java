package dev.pitwall.staging.load;

import dev.pitwall.staging.jolpica.JolpicaEndpoint;
import dev.pitwall.staging.warehouse.Warehouse;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    public StagingRun(UnitLoader loader, Warehouse warehouse, Clock clock) {
        this.loader = loader;
        this.warehouse = warehouse;
        this.clock = clock;
    }

    public Report run(int season) {
        List<String> loaded = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        long requests = 0;
        UnitResult races = loader.load(LoadUnit.ofSeason(JolpicaEndpoint.RACES, season), "scheduled", p -> { });
        requests += races.requests();
        (races.ok() ? loaded : failed).add(races.unit().id());
        if (!races.ok()) {
            LOG.warnf("scheduled staging of %d: no schedule (%s), nothing else loaded", season, races.reason());
            return new Report(season, loaded, failed, 0, requests);
        }
        Schedule schedule = Schedule.from(season, races.fetched().orElseThrow().rows());
        for (JolpicaEndpoint endpoint : LoadUnit.PER_SEASON) {
            if (endpoint != JolpicaEndpoint.RACES) {
                UnitResult r = loader.load(LoadUnit.ofSeason(endpoint, season), "scheduled", p -> { });
                requests += r.requests();
                (r.ok() ? loaded : failed).add(r.unit().id());
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
        }
        LOG.infof("scheduled staging of %d: %d units loaded, %d failed, %d completed before, %d requests",
                season, loaded.size(), failed.size(), skipped, requests);
        return new Report(season, loaded, failed, skipped, requests);
    }
}
