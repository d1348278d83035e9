package dev.pitwall.timing.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error answer of timing-ws's own endpoints: {@code {"error": "what went wrong"}}. */
@RegisterForReflection
public record ApiError(String error) {

    /** A JSON answer with this status and message. */
    public static Response response(int status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(error)).build();
    }
}
