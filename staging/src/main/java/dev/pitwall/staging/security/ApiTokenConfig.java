package dev.pitwall.staging.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The bearer token that guards staging's mutating endpoints (backfill and the like). */
@ConfigMapping(prefix = "pitwall.api")
public interface ApiTokenConfig {

    /**
     * Token demanded as {@code Authorization: Bearer <token>} on every call under {@code /api} that is not a
     * GET or HEAD (env {@code PITWALL_STAGING_TOKEN}). Unset, anyone may call them; the production profile
     * refuses to start without one.
     */
    Optional<String> token();

    /** The token if one is set and not blank. */
    default Optional<String> effectiveToken() {
        return token().filter(t -> !t.isBlank());
    }
}
