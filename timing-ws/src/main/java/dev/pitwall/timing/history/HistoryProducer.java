package dev.pitwall.timing.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the one race history of the service injectable. */
public class HistoryProducer {

    @Produces
    @ApplicationScoped
    RaceHistory raceHistory() {
        return new RaceHistory();
    }
}
