package dev.pitwall.timing.api;

import dev.pitwall.timing.history.LapRow;
import dev.pitwall.timing.history.RaceHistory;
import dev.pitwall.timing.history.Trace;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A car's laps so far, and its telemetry over its current and its best lap, from the race history. */
@Path("/api/cars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cars", description = "Lap history and lap traces per car")
public class CarsResource {

    private final RaceHistory history;

    public CarsResource(RaceHistory history) {
        this.history = history;
    }

    @GET
    @Path("/{car}/laps")
    @Operation(summary = "The car's laps since the last keyframe, by lap: times, sectors, tyre, pit in/out, track "
            + "status, completed")
    @APIResponse(responseCode = "200", description = "The laps, sorted by lap number (empty when none yet)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LapRow.class)))
    @APIResponse(responseCode = "404", description = "No such car in the session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response laps(@Parameter(description = "car number, e.g. 1") @PathParam("car") String car) {
        List<LapRow> laps = history.laps(car);
        return laps == null ? unknownCar(car) : Response.ok(laps, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{car}/trace")
    @Operation(summary = "Speed, throttle, brake and gear against distance from the lap start (m) over the car's "
            + "current lap so far (lap=current) or its best lap seen whole (lap=best)")
    @APIResponse(responseCode = "200", description = "The trace; distanceSource says whether distance was recorded or "
            + "derived from speed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Trace.class)))
    @APIResponse(responseCode = "400", description = "lap is neither 'current' nor 'best'",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such car, or no samples of that lap yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response trace(@Parameter(description = "car number, e.g. 1") @PathParam("car") String car,
            @Parameter(description = "current or best", schema = @Schema(enumeration = {"current", "best"}))
            @QueryParam("lap") @DefaultValue("current") String lap) {
        boolean best;
        if ("current".equals(lap)) {
            best = false;
        } else if ("best".equals(lap)) {
            best = true;
        } else {
            return ApiError.response(400, "lap must be 'current' or 'best', not '" + lap + "'");
        }
        if (!history.knows(car)) {
            return unknownCar(car);
        }
        Trace trace = best ? history.bestLap(car) : history.currentLap(car);
        if (trace == null) {
            return ApiError.response(404, best
                    ? "car " + car + " has no best lap yet: no completed, timed lap whose samples were all seen since the last keyframe"
                    : "car " + car + " has no samples of its current lap yet");
        }
        return Response.ok(trace, MediaType.APPLICATION_JSON).build();
    }

    private Response unknownCar(String car) {
        String session = history.sessionKey();
        return ApiError.response(404, "no car " + car + " in session " + (session == null ? "(none received yet)" : session));
    }
}
