package dev.pitwall.replayer.replay;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {

    @Test
    void productionRefusesToStartWithoutAToken() {
        assertThatThrownBy(() -> TokenPolicy.check(LaunchMode.NORMAL, List.of("prod"), Optional.empty()))
                .hasMessageContaining("PITWALL_CONTROL_TOKEN");
        assertThatThrownBy(() -> TokenPolicy.check(LaunchMode.NORMAL, List.of("prod"), Optional.of(" ")))
                .hasMessageContaining("PITWALL_CONTROL_TOKEN");
    }

    @Test
    void otherProfilesAndProductionWithATokenStart() {
        assertThatCode(() -> TokenPolicy.check(LaunchMode.NORMAL, List.of("prod"), Optional.of("s3cret"))).doesNotThrowAnyException();
        assertThatCode(() -> TokenPolicy.check(LaunchMode.NORMAL, List.of("local"), Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> TokenPolicy.check(LaunchMode.DEVELOPMENT, List.of("dev"), Optional.empty())).doesNotThrowAnyException();
    }
}
