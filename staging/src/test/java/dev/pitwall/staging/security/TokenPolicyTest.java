package dev.pitwall.staging.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {

    @Test
    void productionWithoutATokenRefusesToStartNamingTheVariable() {
        assertThatThrownBy(() -> TokenPolicy.check(LaunchMode.NORMAL, List.of("prod"), Optional.empty()))
                .hasMessageContaining("PITWALL_STAGING_TOKEN");
    }

    @Test
    void productionWithATokenAndOtherProfilesWithoutOneStart() {
        assertThatCode(() -> TokenPolicy.check(LaunchMode.NORMAL, List.of("prod"), Optional.of("s3cret")))
                .doesNotThrowAnyException();
        assertThatCode(() -> TokenPolicy.check(LaunchMode.NORMAL, List.of("local"), Optional.empty()))
                .doesNotThrowAnyException();
        assertThatCode(() -> TokenPolicy.check(LaunchMode.TEST, List.of("test"), Optional.empty()))
                .doesNotThrowAnyException();
    }
}
