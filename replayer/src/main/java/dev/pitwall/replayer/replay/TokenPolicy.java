package dev.pitwall.replayer.replay;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import java.util.Optional;

/** The rule that a production deployment must protect its control endpoints with a token. */
public final class TokenPolicy {

    private TokenPolicy() {
    }

    /** Throws when running the {@code prod} profile of a packaged application without a control token. */
    public static void check(LaunchMode mode, List<String> profiles, Optional<String> token) {
        boolean production = mode == LaunchMode.NORMAL && profiles.contains("prod");
        if (production && token.filter(t -> !t.isBlank()).isEmpty()) {
            throw new IllegalStateException("the production profile needs a control token: set PITWALL_CONTROL_TOKEN "
                    + "(or run another profile, e.g. QUARKUS_PROFILE=local for the local stack)");
        }
    }
}
