package dev.pitwall.staging.api;

import dev.pitwall.staging.load.BackfillService;
import dev.pitwall.staging.load.BackfillStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Start and follow Jolpica backfills. */
@Path("/api/backfill")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "backfill", description = "Load a season (or some of its rounds) from Jolpica into the warehouse")
public class BackfillResource {

    @Inject
    BackfillService backfill;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a backfill", description = "Queues a job loading the season's per-season endpoints"
            + " and every endpoint of the rounds asked for (default: all), even units loaded before. Jobs run one at"
            + " a time with the scheduled staging; an unfinished job resumes after a restart.")
    @APIResponse(responseCode = "202", description = "Job queued; follow it at the status URL")
    @APIResponse(responseCode = "400", description = "Invalid season or rounds")
    public Response start(BackfillRequest request) {
        if (request == null) {
            return bad("a JSON body is required, e.g. {\"season\": 2023, \"fromRound\": 1, \"toRound\": 5}");
        }
        var problem = request.problem(Year.now(clock));
        if (problem.isPresent()) {
            return bad(problem.get());
        }
        String id = backfill.start(request.season(), request.fromRound(), request.toRound());
        String status = "/api/backfill/" + id;
        return Response.accepted(new BackfillAccepted(id, BackfillService.QUEUED, status))
                .location(URI.create(status)).build();
    }

    @GET
    @Operation(summary = "Every backfill job, newest first, with its progress")
    public List<BackfillStatus> list() {
        return backfill.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Progress of one backfill job", description = "Units and pages done of their totals,"
            + " requests made and left this hour, failures with URL and reason; at the end the report comparing the"
            + " requests made with the minimum at limit=100.")
    @APIResponse(responseCode = "200", description = "The job's progress")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response status(@PathParam("id") String id) {
        return backfill.status(id).map(s -> Response.ok(s).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new ApiError("no backfill job " + id)).build());
    }

    private static Response bad(String message) {
        return Response.status(Response.Status.BAD_REQUEST).entity(new ApiError(message)).build();
    }
}
