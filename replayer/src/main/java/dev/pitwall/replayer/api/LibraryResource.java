package dev.pitwall.replayer.api;

import dev.pitwall.replayer.library.ImportRequest;
import dev.pitwall.replayer.library.ImportService;
import dev.pitwall.replayer.library.ImportStatus;
import dev.pitwall.replayer.library.SeasonListing;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Filling the race library from F1's live-timing archive: import one session at a time in the background
 * (bearer token when configured), follow its progress, and list a season's sessions for a picker.
 */
@Path("/api/library")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "library", description = "Import sessions from F1's live-timing archive into the race library")
public class LibraryResource {

    private final ImportService imports;

    public LibraryResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "control-token")
    @Operation(summary = "Import a session from the archive in the background: body {year, meeting, session}, "
            + "{year, key} or {path}; follow it on GET /api/library/import")
    @APIResponse(responseCode = "202", description = "The import started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportStatus.class)))
    @APIResponse(responseCode = "400", description = "The body lacks a field or contradicts itself",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "An import is already running",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response start(ImportRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("the request body needs {\"year\", \"meeting\", \"session\"}, "
                    + "{\"year\", \"key\"} or {\"path\"}");
        }
        return Response.accepted(imports.start(request.selector())).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/import")
    @Operation(summary = "The current or last import: IDLE, RUNNING, DONE or FAILED; files done of total, bytes, "
            + "last file, error, and once DONE the session's id in GET /api/sessions")
    public ImportStatus status() {
        return imports.status();
    }

    @GET
    @Path("/archive/{year}")
    @Operation(summary = "A season's sessions as the archive's index lists them (meeting, key, name, path, library id "
            + "when already imported); 404 when the archive has no index for that year")
    @APIResponse(responseCode = "200", description = "The season's sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeasonListing.class)))
    @APIResponse(responseCode = "404", description = "The archive has no index for that year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "502", description = "The archive could not be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response season(@PathParam("year") int year) {
        return imports.season(year).map(s -> Response.ok(s, MediaType.APPLICATION_JSON))
                .orElseGet(() -> Response.status(404).type(MediaType.APPLICATION_JSON)
                        .entity(ApiError.of(404, "the archive has no season index for " + year)))
                .build();
    }
}
