package dev.pitwall.timing.api;

import dev.pitwall.timing.replayer.ReplayerAnswer;
import dev.pitwall.timing.replayer.ViewerControlConfig;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What every call timing-ws passes on to the replayer shares: the token rule (without viewer control, a call with
 * no {@code Authorization} header is refused here) and the replayer's answer passed back as it is.
 */
final class ReplayerCalls {

    private ReplayerCalls() {
    }

    /** A 403 for a call without an Authorization header when viewers may not control the replay; else null. */
    static Response refusedWithoutAuthorization(String authorization, ViewerControlConfig viewers) {
        if (blankToNull(authorization) == null && !viewers.control()) {
            return ApiError.response(403, "viewers may not control the replay here (TIMING_VIEWER_CONTROL is off): "
                    + "send the replayer's control token as 'Authorization: Bearer <token>'");
        }
        return null;
    }

    static String blankToNull(String authorization) {
        return authorization == null || authorization.isBlank() ? null : authorization;
    }

    /** The replayer's status code and JSON body, unchanged. */
    static Response passOn(ReplayerAnswer answer) {
        Response.ResponseBuilder r = Response.status(answer.status());
        if (answer.body() != null && !answer.body().isEmpty()) {
            r.type(MediaType.APPLICATION_JSON).entity(answer.body());
        }
        return r.build();
    }
}
