package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An error reply of the analysis API: what is wrong in words, and the query parameter and value at fault (or null). */
@RegisterForReflection
public record AnalysisError(String error, String parameter, String value) {
}
