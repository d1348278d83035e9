package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The lap-time distribution of each constructor in a race, from {@code marts.fct_laps} (the constructor from
 * {@code fct_results}), teams from fastest median. {@code excluded} says which laps were left out and
 * {@code excludedLaps} how many for each reason. Whiskers reach the furthest lap within 1.5 × IQR of the box.
 */
@RegisterForReflection
public record PaceReply(boolean available, String reason, RaceRef race, String excluded, Excluded excludedLaps,
                        int lapsUsed, List<Team> teams) {

    @RegisterForReflection
    public record Excluded(int pitInOrOut, int notGreen, int firstLap, int noTime, int noTeam) {
    }

    @RegisterForReflection
    public record Team(String constructorId, String name, String teamColour, List<String> drivers, int laps,
                       long minMs, double q1Ms, double medianMs, double q3Ms, long maxMs, long whiskerLowMs,
                       long whiskerHighMs, List<Time> times) {
    }

    @RegisterForReflection
    public record Time(String code, int lap, long ms) {
    }
}
