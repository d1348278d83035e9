package dev.pitwall.staging.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An error reply: what is wrong, in words. */
@RegisterForReflection
public record ApiError(String error) {
}
