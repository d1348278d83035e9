package dev.pitwall.staging.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The Snowflake deployment's build ({@code -Psnowflake}, which sets {@code pitwall.snowflake-driver=expected} for
 * the tests) puts Snowflake's JDBC driver where {@link WarehouseProducer} looks for it: {@link DriverManager} finds
 * a driver for the {@code jdbc:snowflake://<account>.snowflakecomputing.com/} URL it builds. Connects to nothing.
 * Skipped in the default build, which has no Snowflake driver.
 */
@EnabledIfSystemProperty(named = "pitwall.snowflake-driver", matches = "expected",
        disabledReason = "needs Snowflake's JDBC driver, which only the -Psnowflake build has (deploy.yml builds staging so)")
class SnowflakeDriverTest {

    @Test
    void driverManagerFindsTheSnowflakeDriver() throws SQLException {
        Driver driver = DriverManager.getDriver("jdbc:snowflake://example-account.snowflakecomputing.com/");

        assertThat(driver.getClass().getName()).isEqualTo("net.snowflake.client.jdbc.SnowflakeDriver");
        assertThat(driver.acceptsURL("jdbc:snowflake://myorg-myaccount.snowflakecomputing.com/")).isTrue();
        assertThat(driver.acceptsURL("jdbc:duckdb:/tmp/warehouse.duckdb")).isFalse();
    }
}
