package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Each driver's tyre stints in a race ({@code marts.fct_stints}), drivers in finishing order. */
@RegisterForReflection
public record TyresReply(boolean available, String reason, RaceRef race, int laps, List<Driver> drivers) {

    @RegisterForReflection
    public record Driver(String carNumber, String driverId, String code, String name, String constructorId,
                         String teamColour, String finish, List<Stint> stints) {
    }

    @RegisterForReflection
    public record Stint(int stint, String compound, Boolean fresh, Integer startLap, Integer endLap, Long laps,
                        Integer tyreAgeAtStart) {
    }
}
