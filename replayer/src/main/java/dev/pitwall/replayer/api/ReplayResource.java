package dev.pitwall.replayer.api;

import dev.pitwall.replayer.replay.ReplayService;
import dev.pitwall.replayer.replay.StartRequest;
import dev.pitwall.replayer.replay.StatusReporter;
import dev.pitwall.replayer.replay.ReplayStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The replay's control (start, pause, resume, speed, seek, stop; bearer token when configured) and status. */
@Path("/api/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "replay", description = "Replay control and status")
public class ReplayResource {

    private final ReplayService service;
    private final StatusReporter status;

    public ReplayResource(ReplayService service, StatusReporter status) {
        this.service = service;
        this.status = status;
    }

    @GET
    @Operation(summary = "Where the replay stands: session, race clock, lap x of N, %, events/s, lag, broker state")
    public ReplayStatus status() {
        return status.status();
    }

    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "control-token")
    @Operation(summary = "Replay a session from a lap or session time at a speed (0.25-100 or 'max'); stops any running replay")
    public ReplayStatus start(StartRequest request) {
        if (request == null || request.session() == null || request.session().isBlank()) {
            throw new IllegalArgumentException("the request body needs 'session' (see GET /api/sessions)");
        }
        service.start(request);
        return status.status();
    }

    @POST
    @Path("/pause")
    @SecurityRequirement(name = "control-token")
    @Operation(summary = "Pause the race clock")
    public ReplayStatus pause() {
        service.pause();
        return status.status();
    }

    @POST
    @Path("/resume")
    @SecurityRequirement(name = "control-token")
    @Operation(summary = "Resume a paused replay")
    public ReplayStatus resume() {
        service.resume();
        return status.status();
    }

    @POST
    @Path("/speed")
    @SecurityRequirement(name = "control-token")
    @Operation(summary = "Change the speed: a factor from 0.25 to 100, or 'max'")
    public ReplayStatus speed(@QueryParam("value") String value) {
        service.speed(value);
        return status.status();
    }

    @POST
    @Path("/seek")
    @SecurityRequirement(name = "control-token")
    @Operation(summary = "Seek to a lap or a session time (ms); a keyframe with the state at that instant follows")
    public ReplayStatus seek(@QueryParam("lap") Integer lap, @QueryParam("sessionTimeMs") Long sessionTimeMs) {
        service.seek(lap, sessionTimeMs);
        return status.status();
    }

    @POST
    @Path("/stop")
    @SecurityRequirement(name = "control-token")
    @Operation(summary = "Stop the replay")
    public ReplayStatus stop() {
        service.stop();
        return status.status();
    }
}
