package dev.pitwall.staging.load;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * Progress of a backfill job.
 *
 * @param unitsTotal           units planned (1, the schedule, until the schedule is read)
 * @param pagesTotal           pages of the units whose first page told their total (at the limit the server applied)
 * @param requests             HTTP attempts the job made, retries included
 * @param requestsLeftThisHour what the shared budget still allows in the rolling hour
 * @param requestsLoadedUnits  requests of the units that loaded (set at the end)
 * @param minimum              the fewest requests for those units at limit=100, by {@code SeasonPlan.requestsFor}
 *                             from the totals the job saw (set at the end)
 * @param equal                whether {@code requestsLoadedUnits == minimum}
 * @param report               the final report line
 */
@RegisterForReflection
public record BackfillStatus(String id, int season, Integer fromRound, Integer toRound, String state, int unitsDone,
                             int unitsFailed, int unitsTotal, int pagesDone, int pagesTotal, long requests,
                             int requestsLeftThisHour, List<Failure> failures, Long requestsLoadedUnits,
                             Integer minimum, Boolean equal, String report, Instant createdAt, Instant updatedAt) {

    /** A unit that failed: which, the URL that failed and why. */
    @RegisterForReflection
    public record Failure(String unit, String url, String reason) {
    }
}
