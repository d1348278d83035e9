package dev.pitwall.staging.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Reply to a started backfill: its id, and where to follow its progress. */
@RegisterForReflection
public record BackfillAccepted(String id, String state, String status) {
}
