package dev.pitwall.replayer.api;

import dev.pitwall.replayer.library.ImportException;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.session.UnknownSessionException;
import dev.pitwall.replayer.track.NoTrackException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the replayer's exceptions into clear JSON answers with the right status code. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response unknownSession(UnknownSessionException e) {
        return json(404, new ApiError(404, e.getMessage(), e.known(), null, null));
    }

    /** A known session whose folder has no circuit map. */
    @ServerExceptionMapper
    public Response noTrack(NoTrackException e) {
        return json(404, ApiError.of(404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response badRequest(IllegalArgumentException e) {
        return json(400, ApiError.of(400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(IllegalStateException e) {
        return json(409, ApiError.of(409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response corrupt(CorruptInputException e) {
        return json(422, new ApiError(422, e.getMessage(), null, e.file(), e.line()));
    }

    /** The live-timing archive could not be reached or answered something unusable (the message names the URL). */
    @ServerExceptionMapper
    public Response archive(ImportException e) {
        return json(502, ApiError.of(502, e.getMessage()));
    }

    /** A body that is not JSON (or a POST with no Content-Type): say what to send instead of a bare 415. */
    @ServerExceptionMapper
    public Response notJson(NotSupportedException e) {
        return json(415, ApiError.of(415, "send a JSON body with 'Content-Type: application/json' (see /q/openapi)"));
    }

    private static Response json(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
