package dev.pitwall.staging.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.pitwall.testkit.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The configured warehouse through CDI: DuckDB by default, tables created at start-up, readiness UP for the
 * warehouse and the broker (a real KRaft broker from the testkit, shared by every staging test).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class WarehouseProducerTest {

    @Inject
    Warehouse warehouse;

    @Inject
    WarehouseConfig config;

    @Test
    void duckDbIsTheDefaultAndItsFileIsUnderTheConfiguredPath() {
        assertThat(warehouse.kind()).isEqualTo("duckdb");
        assertThat(Files.exists(Path.of(config.duckdb().path()))).isTrue();
    }

    @Test
    void theStagingTablesExistAfterStartUp() {
        for (StagingTable table : StagingTables.ALL) {
            assertThat(warehouse.count(table.name())).as(table.name()).isGreaterThanOrEqualTo(0);
        }
        assertThat(warehouse.count(StagingTables.LOADS)).isGreaterThanOrEqualTo(0);
        assertThat(warehouse.count(StagingTables.LOAD_ERRORS)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void readinessReportsTheWarehouseUp() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("warehouse"))
                .body("checks.find { it.name == 'warehouse' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'warehouse' }.data.kind", org.hamcrest.Matchers.equalTo("duckdb"))
                .body("checks.find { it.name.contains('Kafka') }.status", org.hamcrest.Matchers.equalTo("UP"));
    }
}
