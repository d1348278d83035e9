package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The pit stops of a race ({@code marts.fct_pit_stops}) by lap, with driver and team. {@code note} explains what
 * {@code durationMs} measures for the sources present ({@code jolpica}: stationary-to-exit time as published;
 * {@code feed}: pit-lane time from entry to exit).
 */
@RegisterForReflection
public record PitStopsReply(boolean available, String reason, RaceRef race, List<String> sources, String note,
                            List<Stop> stops) {

    @RegisterForReflection
    public record Stop(int stop, Integer lap, String driverId, String code, String name, String carNumber,
                       String constructorId, String constructorName, String teamColour, Long durationMs,
                       String source) {
    }
}
