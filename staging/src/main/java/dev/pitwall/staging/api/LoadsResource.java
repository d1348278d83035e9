package dev.pitwall.staging.api;

import dev.pitwall.staging.dbt.DbtRunner;
import dev.pitwall.staging.load.StagingConfig;
import dev.pitwall.staging.warehouse.Warehouse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status of the loads: the recent ones with outcome and rows, and the recent load errors. */
@Path("/api/loads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "loads", description = "What the loads did")
public class LoadsResource {

    @Inject
    Warehouse warehouse;

    @Inject
    StagingConfig config;

    @Inject
    DbtRunner dbt;

    @GET
    @Operation(summary = "Recent loads and load errors", description = "The latest loads (each one Jolpica unit or"
            + " sink batch) with outcome and rows merged, the latest load errors with URL and reason, and the latest"
            + " dbt run (outcome, models built, tests passed and failed; details at GET /api/dbt).")
    public LoadsView loads() {
        int n = config.recentLoads();
        return new LoadsView(warehouse.recentLoads(n).stream().map(LoadsView.Load::of).toList(),
                warehouse.recentLoadErrors(n).stream().map(LoadsView.LoadError::of).toList(), dbt.latest().orElse(null));
    }
}
