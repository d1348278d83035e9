package dev.pitwall.timing.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.timing.replayer.ReplayerClient;
import dev.pitwall.timing.replayer.ViewerControlConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The replayer's race library, passed on: a season's sessions in F1's live-timing archive, and importing one so it
 * can be replayed. In a deployment the replayer is private and timing-ws is the way in; the same rules as replay
 * control apply (the caller's {@code Authorization} header goes on unchanged, and without viewer control an import
 * with no header is refused here with 403).
 */
@Path("/api/control/library")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "library", description = "Importing sessions from F1's archive, forwarded to the replayer")
public class LibraryProxyResource {

    private final ReplayerClient replayer;
    private final ViewerControlConfig viewers;

    public LibraryProxyResource(ReplayerClient replayer, ViewerControlConfig viewers) {
        this.replayer = replayer;
        this.viewers = viewers;
    }

    @GET
    @Path("/archive/{year}")
    @Operation(summary = "A season's sessions in F1's archive (the replayer's GET /api/library/archive/{year}): meeting, "
            + "key, name, path, and the library id of those already imported")
    @APIResponse(responseCode = "200", description = "The season's sessions", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "The archive has no index for that year (the replayer's answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "502", description = "The replayer could not reach the archive (its answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response season(@Parameter(description = "season, e.g. 2024") @PathParam("year") String year) {
        if (!year.matches("(19|20)[0-9]{2}")) {
            return ApiError.response(400, "year must be a season such as 2024, not '" + year + "'");
        }
        return ReplayerCalls.passOn(replayer.archiveSeason(Integer.parseInt(year)));
    }

    @GET
    @Path("/import")
    @Operation(summary = "The current or last import (the replayer's GET /api/library/import): state, files done of "
            + "total, error, and once DONE the session's id for POST /api/control/start")
    @APIResponse(responseCode = "200", description = "The import's status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response importStatus() {
        return ReplayerCalls.passOn(replayer.importStatus());
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a session from F1's archive in the background (the replayer's POST /api/library/import): "
            + "{\"year\": 2024, \"meeting\": \"...\", \"session\": \"Race\"}, {\"year\", \"key\"} or {\"path\"}; "
            + "the body goes on as it is, the replayer checks it")
    @APIResponse(responseCode = "202", description = "The import started: its status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Not a JSON object (said here), or a bad selector (said by the replayer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "The replayer wants its control token, or it is wrong (its answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "403", description = "No Authorization header, and viewers may not control the replay here",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "An import is already running (the replayer's answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response startImport(@Parameter(description = "passed on unchanged, e.g. 'Bearer <token>'")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        Response refused = ReplayerCalls.refusedWithoutAuthorization(authorization, viewers);
        if (refused != null) {
            return refused;
        }
        JsonNode selector = ReplayerCalls.jsonObject(body, "import");
        if (selector == null) {
            return ApiError.response(400, "the import body must be a JSON object: {\"year\", \"meeting\", \"session\"}, "
                    + "{\"year\", \"key\"} or {\"path\"} (sessions: GET /api/control/library/archive/{year})");
        }
        return ReplayerCalls.passOn(replayer.startImport(ReplayerCalls.blankToNull(authorization), body));
    }
}
