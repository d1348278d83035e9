package dev.pitwall.staging.dbt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.staging.api.ApiError;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dbt runs that follow the loads: their state, and a run on demand. Answers from memory, even during a run. */
@Path("/api/dbt")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dbt", description = "The dbt runs that build the marts after each load")
public class DbtResource {

    /** Body of {@code POST /api/dbt/run}: dbt selectors separated by spaces; absent or blank: the whole project. */
    @RegisterForReflection
    public record RunRequest(String select) {
    }

    /** A run queued: what caused it and what it selects (merged with any run queued before it). */
    @RegisterForReflection
    public record Queued(String trigger, String selection) {
    }

    @Inject
    DbtRunner runner;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "dbt runs", description = "Whether dbt runs are on, the run going now and the one queued"
            + " (null when none), the latest " + DbtRunner.RECENT + " runs, newest first (outcome green, red or error;"
            + " models built, tests passed and failed, failed nodes, message), and the last lines the latest run printed.")
    public DbtStatus status() {
        return runner.status();
    }

    @POST
    @Path("/run")
    @Operation(summary = "Queue a dbt run", description = "Queues `dbt build` of the selection (default: the whole"
            + " project). A run asked for while one is going is merged into the next one.")
    @RequestBody(required = false, description = "Optional: {\"select\": \"source:jolpica.stg_results+\"}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunRequest.class)))
    @APIResponse(responseCode = "202", description = "Run queued; follow it at GET /api/dbt")
    @APIResponse(responseCode = "400", description = "Not a dbt selector")
    @APIResponse(responseCode = "409", description = "dbt runs are off (PITWALL_DBT_ENABLED=false)")
    public Response run(String body) {
        if (!runner.enabled()) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(new ApiError("dbt runs are off (PITWALL_DBT_ENABLED=false)")).build();
        }
        Set<String> selectors;
        try {
            selectors = DbtSelection.parse(select(body));
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ApiError(e.getMessage())).build();
        }
        return runner.request("api", selectors)
                .map(q -> Response.accepted(new Queued(q.trigger(), q.selection())).build())
                .orElseGet(() -> Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .entity(new ApiError("the dbt runner has stopped")).build());
    }

    /**
     * The {@code select} of an optional JSON body. The body is read as text, so a POST without a body or a content
     * type is taken as well (a bound record would make it a 415).
     */
    private String select(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode select = json.readTree(body).path("select");
            return select.isMissingNode() || select.isNull() ? null : select.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }
}
