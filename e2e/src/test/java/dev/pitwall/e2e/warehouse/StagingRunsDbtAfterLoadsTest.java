package dev.pitwall.e2e.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The packaged staging service, after a backfill of 2025 from the offline mirror, runs the real dbt project by
 * itself: its status endpoints show that run and its outcome, and the marts held the new rounds (read from the
 * warehouse file right after). The load and run are {@link RecordedWarehouse}'s.
 */
class StagingRunsDbtAfterLoadsTest {

    @Test
    void theStatusEndpointsShowTheRunThatFollowedTheBackfillAndTheMartsHoldTheRounds() throws Exception {
        DbtCli.assumeInstalled();
        RecordedWarehouse.Orchestration o = RecordedWarehouse.orchestration();

        JsonNode run = null;
        for (JsonNode r : o.dbt().path("runs")) {
            if (r.path("trigger").asText().equals("backfill " + o.backfillJobId())) {
                run = r;
            }
        }
        assertThat(run).as("a dbt run triggered by the backfill in GET /api/dbt: " + o.dbt()).isNotNull();
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("green");
        assertThat(run.path("modelsBuilt").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(run.path("testsPassed").asLong()).isGreaterThanOrEqualTo(90);
        assertThat(run.path("testsFailed").asLong()).isZero();
        assertThat(run.path("finishedAt").asText()).isNotBlank();
        // the loads status shows the latest run too
        assertThat(o.loads().path("dbt").path("runId").asText()).isEqualTo(o.dbt().path("runs").get(0).path("runId").asText());
        // and the marts held the rounds the backfill loaded, built by that run
        assertThat(o.martRows()).containsEntry("fct_results 202501", 20L).containsEntry("dim_races 2025", 5L)
                .containsEntry("fct_laps 202501", 921L);
        assertThat(o.martRows().get("fct_lap_telemetry 202501")).isGreaterThan(900L);
    }
}
