package dev.pitwall.timing.api;

import dev.pitwall.timing.replayer.NoTrackException;
import dev.pitwall.timing.replayer.ReplayerErrorException;
import dev.pitwall.timing.replayer.ReplayerUnavailableException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the replayer proxy's failures into {@code {"error": ...}} answers with the right status. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response noTrack(NoTrackException e) {
        return ApiError.response(404, e.getMessage());
    }

    /** The replayer is down or too slow: the service is there, what it depends on is not. */
    @ServerExceptionMapper
    public Response unavailable(ReplayerUnavailableException e) {
        LOG.warn(e.getMessage());
        return ApiError.response(503, e.getMessage());
    }

    /** The replayer answered something unusable. */
    @ServerExceptionMapper
    public Response badGateway(ReplayerErrorException e) {
        LOG.warn(e.getMessage());
        return ApiError.response(502, e.getMessage());
    }
}
