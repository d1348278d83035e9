package dev.pitwall.staging.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.staging.jolpica.JolpicaWireMock;
import dev.pitwall.staging.warehouse.Warehouse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The scheduled trigger in the running app (its cron is off in tests; the method is called as the scheduler
 * would): it loads the current season on the shared job thread, starting with that season's schedule.
 */
@QuarkusTest
@WithTestResource(JolpicaWireMock.class)
class ScheduledStagingWiringTest {

    @Inject
    ScheduledStaging scheduled;

    @Inject
    Warehouse warehouse;

    @Test
    void theTriggerLoadsTheCurrentSeasonStartingWithItsSchedule() {
        RecordedJolpica.serve(); // nothing of the current season is recorded: its schedule answers 404
        int season = Year.now(ZoneOffset.UTC).getValue();
        assertThat(scheduled.season()).isEqualTo(season);

        scheduled.scheduled();

        String url = RecordedJolpica.pageUrl(season + "/races.json", 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> warehouse.recentLoadErrors(20).stream()
                .map(Warehouse.LoadError::url).anyMatch(url::equals));
        // without a schedule the run stops there: one request
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> RecordedJolpica.server().getAllServeEvents().size() == 1);
    }
}
