package dev.pitwall.replayer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The body of every error answer: what went wrong, and (for an unknown session) what is known. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, List<String> known, String file, Long line) {

    public static ApiError of(int status, String error) {
        return new ApiError(status, error, null, null, null);
    }
}
