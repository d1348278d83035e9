package dev.pitwall.staging.jolpica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    @Test
    void theFifthRequestWaitsForTheShortWindow() throws InterruptedException {
        var budget = new RequestBudget(4, Duration.ofMillis(300), 500);
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            budget.acquire();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));

        budget.acquire();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(budget.remainingThisHour()).isEqualTo(495);
    }

    @Test
    void aPauseHoldsEveryCaller() throws InterruptedException {
        var budget = new RequestBudget(4, Duration.ofSeconds(1), 500);
        budget.pauseFor(Duration.ofMillis(250));
        long start = System.nanoTime();

        budget.acquire();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(240));
    }

    @Test
    void theHourlyCapIsCountedDown() throws InterruptedException {
        var budget = new RequestBudget(100, Duration.ofMillis(10), 3);
        for (int i = 0; i < 3; i++) {
            budget.acquire();
        }
        assertThat(budget.remainingThisHour()).isZero();
    }
}
