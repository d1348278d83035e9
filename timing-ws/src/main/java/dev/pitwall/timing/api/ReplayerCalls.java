package dev.pitwall.timing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.timing.replayer.ReplayerAnswer;
import dev.pitwall.timing.replayer.ViewerControlConfig;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What every call timing-ws passes on to the replayer shares: the token rule (without viewer control, a call with
 * no {@code Authorization} header is refused here) and the replayer's answer passed back as it is.
 */
final class ReplayerCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * The JSON object a body to pass on holds, or null when it is empty or not an object; a body that is not JSON
     * at all is a 400 naming {@code what} ("the start body is not JSON: ...").
     */
    static JsonNode jsonObject(String body, String what) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(ApiError.response(400, "the " + what + " body is not JSON: " + e.getOriginalMessage()));
        }
    }
}
