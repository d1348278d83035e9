package dev.pitwall.staging.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import java.util.List;
import java.util.Optional;

/** The rule that a production deployment protects its mutating endpoints: no token, no start. */
@ApplicationScoped
public class TokenPolicy {

    void onStart(@Observes @Priority(1) StartupEvent event, ApiTokenConfig config) {
        check(LaunchMode.current(), ConfigUtils.getProfiles(), config.effectiveToken());
    }

    /** Throws when the packaged application runs the {@code prod} profile without a token. */
    static void check(LaunchMode mode, List<String> profiles, Optional<String> token) {
        if (mode == LaunchMode.NORMAL && profiles.contains("prod") && token.isEmpty()) {
            throw new IllegalStateException("the production profile needs a bearer token for staging's mutating "
                    + "endpoints: set PITWALL_STAGING_TOKEN (or run another profile, e.g. QUARKUS_PROFILE=local)");
        }
    }
}
