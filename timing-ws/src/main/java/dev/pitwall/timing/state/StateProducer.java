package dev.pitwall.timing.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the one race state of the service injectable. */
public class StateProducer {

    @Produces
    @ApplicationScoped
    RaceState raceState() {
        return new RaceState();
    }
}
