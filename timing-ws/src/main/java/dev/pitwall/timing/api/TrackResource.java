package dev.pitwall.timing.api;

import dev.pitwall.timing.replayer.NoTrackException;
import dev.pitwall.timing.replayer.TrackProxy;
import dev.pitwall.timing.state.RaceState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The circuit map of the session in the race state, from the replayer (kept per session). */
@Path("/api/track")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "track", description = "The circuit map of the session being shown")
public class TrackResource {

    private final RaceState state;
    private final TrackProxy tracks;

    public TrackResource(RaceState state, TrackProxy tracks) {
        this.state = state;
        this.tracks = tracks;
    }

    @GET
    @Operation(summary = "The circuit map of the session now in the race state: {session, sessionKey, outline [[x, y], "
            + "...], corners [{number, x, y, angle, distance}], source, cornersSource, metresPerUnit}, in the frame and "
            + "unit (1/10 m) of the cars' x/y")
    @APIResponse(responseCode = "200", description = "The replayer's circuit map of the session, plus its session key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "No session yet, or no track for it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "502", description = "The replayer answered something unusable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public String track() {
        String key = state.snapshot().sessionKey();
        if (key == null) {
            throw new NoTrackException("no session yet: the race state has no session key, so no track");
        }
        return tracks.track(key);
    }
}
