package dev.pitwall.staging.load;

import dev.pitwall.staging.jolpica.JolpicaRows;
import java.util.Optional;

/**
 * How loading one unit went.
 *
 * @param total     {@code MRData.total} from the first page; null if no page arrived
 * @param pageLimit the {@code limit} the server echoed on the first page; null if no page arrived
 * @param requests  HTTP attempts the unit took, retries included
 * @param fetched   the rows fetched, when the fetch succeeded (the schedule is read from the races unit's rows)
 */
public record UnitResult(LoadUnit unit, String loadId, boolean ok, long rows, long requests, Integer total,
                         Integer pageLimit, int pagesDone, String url, String reason, Optional<JolpicaRows> fetched) {

    /** Pages this unit takes at the limit the server applied, once the first page told the total; else null. */
    public Integer pagesTotal() {
        if (total == null || pageLimit == null || pageLimit <= 0) {
            return null;
        }
        return (total + pageLimit - 1) / pageLimit;
    }
}
