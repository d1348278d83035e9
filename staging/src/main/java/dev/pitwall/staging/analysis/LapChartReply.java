package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Position per lap per car from {@code marts.fct_laps}, with each car's grid slot from {@code fct_results}:
 * {@code positions[0]} is the grid (null for a pit-lane start or unknown), {@code positions[n]} the position at the
 * end of lap n (null when the car did not complete it). Cars in finishing order; {@code laps} is the last lap.
 */
@RegisterForReflection
public record LapChartReply(boolean available, String reason, RaceRef race, int laps, List<Car> cars) {

    @RegisterForReflection
    public record Car(String carNumber, String driverId, String code, String name, String constructorId,
                      String constructorName, String teamColour, Integer grid, String finish, String status,
                      int lapsCompleted, List<Integer> positions) {
    }
}
