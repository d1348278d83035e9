package dev.pitwall.staging.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** How the producer turns the Snowflake settings into JDBC connection properties. */
class WarehouseProducerSnowflakeTest {

    record Settings(Optional<String> account, Optional<String> user, Optional<String> password,
            Optional<String> privateKeyFile, Optional<String> privateKeyFilePassword, Optional<String> role,
            Optional<String> warehouse, Optional<String> database, String schema) implements WarehouseConfig.Snowflake {
    }

    @Test
    void keyPairSettingsBecomeDriverProperties() {
        var settings = new Settings(Optional.of("org-acct"), Optional.of("PITWALL_LOADER"), Optional.empty(),
                Optional.of("/run/secrets/rsa_key.p8"), Optional.empty(), Optional.of("LOADER"),
                Optional.of("LOAD_WH"), Optional.of("PITWALL"), "STAGING");

        assertThat(WarehouseProducer.connectionProperties(settings)).containsOnly(
                org.assertj.core.api.Assertions.entry("user", "PITWALL_LOADER"),
                org.assertj.core.api.Assertions.entry("private_key_file", "/run/secrets/rsa_key.p8"),
                org.assertj.core.api.Assertions.entry("role", "LOADER"),
                org.assertj.core.api.Assertions.entry("warehouse", "LOAD_WH"),
                org.assertj.core.api.Assertions.entry("db", "PITWALL"),
                org.assertj.core.api.Assertions.entry("schema", "STAGING"));
    }

    @Test
    void withoutAnAccountSnowflakeIsRefused() {
        var settings = new Settings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "STAGING");

        assertThatThrownBy(() -> WarehouseProducer.snowflake(settings)).hasMessageContaining("SNOWFLAKE_ACCOUNT");
    }

    /** Not under -Psnowflake, which puts the driver on the class path (SnowflakeDriverTest checks that instead). */
    @Test
    @DisabledIfSystemProperty(named = "pitwall.snowflake-driver", matches = "expected")
    void withoutTheDriverOnTheClassPathSnowflakeIsNotReady() {
        var settings = new Settings(Optional.of("org-acct"), Optional.of("u"), Optional.of("p"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "STAGING");

        assertThat(WarehouseProducer.snowflake(settings).isReachable()).isFalse();
    }
}
