package dev.pitwall.staging.analysis;

import dev.pitwall.staging.warehouse.WarehouseException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Read-only views over the dbt marts for the analysis pages. Every reply has {@code available} and {@code reason}:
 * when the marts (or the one a view needs) are not built yet, or the race lacks that data, the reply is a 200 with
 * {@code available: false} and the reason in words, which the page shows as its empty state. A malformed
 * {@code season}/{@code race} is a 400, an unknown one a 404, both {@code {error, parameter, value}}.
 */
@Path("/api/analysis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analysis", description = "Season and race analysis over the dbt marts (read-only)")
@APIResponse(responseCode = "400", description = "season or race is missing or not a whole number",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisError.class)))
@APIResponse(responseCode = "404", description = "No such season or race in marts.dim_races",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisError.class)))
@APIResponse(responseCode = "503", description = "The warehouse failed to answer a query over the marts",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisError.class)))
public class AnalysisResource {

    private static final Logger LOG = Logger.getLogger(AnalysisResource.class);

    private final RaceCatalog catalog;
    private final Standings standings;
    private final RaceCharts charts;
    private final Pace pace;

    public AnalysisResource(RaceCatalog catalog, Standings standings, RaceCharts charts, Pace pace) {
        this.catalog = catalog;
        this.standings = standings;
        this.charts = charts;
        this.pace = pace;
    }

    @GET
    @Path("/seasons")
    @Operation(summary = "Seasons with races in the marts, newest first, with how many races have each kind of data")
    public SeasonsReply seasons() {
        return catalog.seasons();
    }

    @GET
    @Path("/races")
    @Operation(summary = "The races of a season by round, with the rows each has (results, laps, stints, pit stops,"
            + " standings)")
    public RacesReply races(@Parameter(description = "season, e.g. 2025") @QueryParam("season") String season) {
        return catalog.races(season);
    }

    @GET
    @Path("/standings")
    @Operation(summary = "Drivers' points and positions after each round of a season",
            description = "basis standings (marts.fct_driver_standings), results (running sums of fct_results and"
                    + " fct_sprint_results points) or mixed; each round says its own.")
    public StandingsReply standings(@Parameter(description = "season, e.g. 2025") @QueryParam("season") String season) {
        return standings.standings(season);
    }

    @GET
    @Path("/lap-chart")
    @Operation(summary = "Position per lap per car of a race (marts.fct_laps), grid first, cars in finishing order")
    public LapChartReply lapChart(@Parameter(description = "race id: season * 100 + round, e.g. 202501")
                                  @QueryParam("race") String race) {
        return charts.lapChart(race);
    }

    @GET
    @Path("/tyres")
    @Operation(summary = "Tyre stints per driver of a race (marts.fct_stints)")
    public TyresReply tyres(@Parameter(description = "race id, e.g. 202501") @QueryParam("race") String race) {
        return charts.tyres(race);
    }

    @GET
    @Path("/pace")
    @Operation(summary = "Lap-time distribution per constructor of a race: quartiles, whiskers, min, max and the laps",
            description = "Leaves out lap 1, pit in and out laps and laps not run entirely under green; the reply"
                    + " says how many of each.")
    public PaceReply pace(@Parameter(description = "race id, e.g. 202501") @QueryParam("race") String race) {
        return pace.pace(race);
    }

    @GET
    @Path("/pit-stops")
    @Operation(summary = "The pit stops of a race (marts.fct_pit_stops) with driver and team, by lap")
    public PitStopsReply pitStops(@Parameter(description = "race id, e.g. 202501") @QueryParam("race") String race) {
        return charts.pitStops(race);
    }

    @ServerExceptionMapper
    public Response badInput(AnalysisInputException e) {
        return Response.status(e.status).type(MediaType.APPLICATION_JSON)
                .entity(new AnalysisError(e.getMessage(), e.parameter, e.value)).build();
    }

    /** A mart with other columns than docs/marts.md says, or a warehouse that fails: said, not a stack trace. */
    @ServerExceptionMapper
    public Response warehouseFailed(WarehouseException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        LOG.warnf("analysis query failed: %s (%s)", e.getMessage(), root.getMessage());
        return Response.status(503).type(MediaType.APPLICATION_JSON).entity(new AnalysisError("the warehouse could not"
                + " answer: " + e.getMessage() + ": " + root.getMessage(), null, null)).build();
    }
}
