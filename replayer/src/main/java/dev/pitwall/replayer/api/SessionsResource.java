package dev.pitwall.replayer.api;

import dev.pitwall.replayer.session.SessionLibrary;
import dev.pitwall.replayer.session.SessionSummary;
import dev.pitwall.replayer.track.TrackLibrary;
import dev.pitwall.replayer.track.TrackMap;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The race library: which recorded sessions can be replayed, what each one has, and its circuit map. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Recorded sessions in the race library")
public class SessionsResource {

    private final SessionLibrary library;
    private final TrackLibrary tracks;

    public SessionsResource(SessionLibrary library, TrackLibrary tracks) {
        this.library = library;
        this.tracks = tracks;
    }

    @GET
    @Operation(summary = "Every recorded session in the library")
    public List<SessionSummary> list() {
        return library.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One recorded session; 404 listing the known ids when unknown")
    public SessionSummary get(@PathParam("id") String id) {
        return library.summary(id);
    }

    @GET
    @Path("/{id}/track")
    @Operation(summary = "The session's circuit map from its track/ files: outline [[x, y], ...] and corners "
            + "{number, x, y, angle, distance}, in the cars' frame (1/10 m); 404 when unknown or without an outline")
    @APIResponse(responseCode = "200", description = "The circuit map",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrackMap.class)))
    @APIResponse(responseCode = "404", description = "Unknown session (listing the known ones), or a session without a track outline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "A track file that is not of the expected shape (named with its line)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public TrackMap track(@PathParam("id") String id) {
        return tracks.track(id);
    }
}
