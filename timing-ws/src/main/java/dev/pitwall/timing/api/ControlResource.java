package dev.pitwall.timing.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.timing.replayer.ReplayerAnswer;
import dev.pitwall.timing.replayer.ReplayerClient;
import dev.pitwall.timing.replayer.ReplayerUnavailableException;
import dev.pitwall.timing.replayer.ViewerControlConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * Replay control from the race view, forwarded to the replayer's {@code /api/replay/...}: the caller's
 * {@code Authorization} header goes on unchanged, and the replayer's status code and JSON body come back as they
 * are (a 401 for a missing or wrong token stays a 401). Without viewer control ({@code TIMING_VIEWER_CONTROL}
 * off), a call with no {@code Authorization} header is refused here with 403 and never reaches the replayer.
 */
@Path("/api/control")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "control", description = "Replay control, forwarded to the replayer")
public class ControlResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReplayerClient replayer;
    private final ViewerControlConfig viewers;

    public ControlResource(ReplayerClient replayer, ViewerControlConfig viewers) {
        this.replayer = replayer;
        this.viewers = viewers;
    }

    /**
     * What the race view may offer: whether viewers may control the replay without a token, whether the replayer
     * wants one (null when it cannot be asked), and whether it can be reached.
     */
    @RegisterForReflection
    public record ControlInfo(boolean viewerControl, Boolean tokenRequired, boolean replayerReachable) {
    }

    @GET
    @Operation(summary = "What the race view may offer: {viewerControl, tokenRequired, replayerReachable}; "
            + "tokenRequired is null when the replayer cannot be asked")
    public ControlInfo info() {
        try {
            ReplayerAnswer status = replayer.status();
            Boolean tokenRequired = null;
            if (status.ok()) {
                JsonNode n = JSON.readTree(status.body()).path("controlTokenRequired");
                tokenRequired = n.isBoolean() ? n.booleanValue() : null;
            }
            return new ControlInfo(viewers.control(), tokenRequired, true);
        } catch (ReplayerUnavailableException e) {
            return new ControlInfo(viewers.control(), null, false);
        } catch (java.io.IOException e) {
            return new ControlInfo(viewers.control(), null, true);
        }
    }

    @GET
    @Path("/status")
    @Operation(summary = "The replayer's GET /api/replay, passed through: state, session, race clock, lap x of N, speed")
    @APIResponse(responseCode = "200", description = "The replayer's status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response status() {
        return ReplayerCalls.passOn(replayer.status());
    }

    @POST
    @Path("/pause")
    @Operation(summary = "Pause the replay (the replayer's POST /api/replay/pause)")
    @APIResponse(responseCode = "200", description = "Done: the replayer's status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "The replayer wants its control token, or it is wrong (its answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "403", description = "No Authorization header, and viewers may not control the replay here",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "No replay to control (the replayer's answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response pause(@Parameter(description = "passed on unchanged, e.g. 'Bearer <token>'")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return forward("pause", authorization, null, null, null);
    }

    @POST
    @Path("/resume")
    @Operation(summary = "Resume the replay (the replayer's POST /api/replay/resume)")
    @APIResponse(responseCode = "200", description = "Done: the replayer's status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "The replayer wants its control token, or it is wrong (its answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "403", description = "No Authorization header, and viewers may not control the replay here",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "No replay to control (the replayer's answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response resume(@Parameter(description = "passed on unchanged, e.g. 'Bearer <token>'")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return forward("resume", authorization, null, null, null);
    }

    @POST
    @Path("/speed")
    @Operation(summary = "Change the replay speed: value 0.25-100 or 'max' (the replayer's POST /api/replay/speed)")
    @APIResponse(responseCode = "200", description = "Done: the replayer's status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "The replayer wants its control token, or it is wrong (its answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "403", description = "No Authorization header, and viewers may not control the replay here",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "No replay to control (the replayer's answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "400", description = "A bad value (said by timing-ws or by the replayer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response speed(@Parameter(description = "passed on unchanged, e.g. 'Bearer <token>'")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "a factor from 0.25 to 100, or 'max'") @QueryParam("value") String value) {
        return forward("speed", authorization, value, null, null);
    }

    @POST
    @Path("/seek")
    @Operation(summary = "Seek to a lap (or a session time in ms) (the replayer's POST /api/replay/seek)")
    @APIResponse(responseCode = "200", description = "Done: the replayer's status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "The replayer wants its control token, or it is wrong (its answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "403", description = "No Authorization header, and viewers may not control the replay here",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "No replay to control (the replayer's answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "400", description = "A bad value (said by timing-ws or by the replayer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response seek(@Parameter(description = "passed on unchanged, e.g. 'Bearer <token>'")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "lap number, from 1") @QueryParam("lap") String lap,
            @Parameter(description = "session time in ms, instead of a lap") @QueryParam("sessionTimeMs") String sessionTimeMs) {
        if (lap != null && !lap.matches("[0-9]{1,4}")) {
            return ApiError.response(400, "lap must be a lap number, not '" + lap + "'");
        }
        if (sessionTimeMs != null && !sessionTimeMs.matches("[0-9]{1,12}")) {
            return ApiError.response(400, "sessionTimeMs must be a whole number of ms, not '" + sessionTimeMs + "'");
        }
        return forward("seek", authorization, null, lap, sessionTimeMs);
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "The sessions the replayer can replay (its GET /api/sessions, passed through)")
    @APIResponse(responseCode = "200", description = "The replayer's session list", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response sessions() {
        return ReplayerCalls.passOn(replayer.sessions());
    }

    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start replaying a session (the replayer's POST /api/replay/start): "
            + "{\"session\": \"<id from /api/control/sessions>\", \"speed\": \"1\", \"fromLap\": 1}; "
            + "the body goes on as it is, the replayer checks it")
    @APIResponse(responseCode = "200", description = "Started: the replayer's status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Not a JSON object with a session (said here), or a bad start (said by the replayer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "The replayer wants its control token, or it is wrong (its answer, passed on)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "403", description = "No Authorization header, and viewers may not control the replay here",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "The replayer has no such session (its answer, listing the ones it has)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "503", description = "The replayer cannot be reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response start(@Parameter(description = "passed on unchanged, e.g. 'Bearer <token>'")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        Response refused = ReplayerCalls.refusedWithoutAuthorization(authorization, viewers);
        if (refused != null) {
            return refused;
        }
        JsonNode start = ReplayerCalls.jsonObject(body, "start");
        if (start == null || !start.path("session").isTextual() || start.path("session").asText().isBlank()) {
            return ApiError.response(400, "the start body must be a JSON object with a session, e.g. "
                    + "{\"session\": \"2025-australian-grand-prix-race\", \"speed\": \"1\"} (ids: GET /api/control/sessions)");
        }
        return ReplayerCalls.passOn(replayer.start(ReplayerCalls.blankToNull(authorization), body));
    }

    private Response forward(String action, String authorization, String value, String lap, String sessionTimeMs) {
        Response refused = ReplayerCalls.refusedWithoutAuthorization(authorization, viewers);
        if (refused != null) {
            return refused;
        }
        return ReplayerCalls.passOn(replayer.control(action, ReplayerCalls.blankToNull(authorization), value, lap, sessionTimeMs));
    }
}
