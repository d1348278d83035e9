package dev.pitwall.staging.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who took part in a race, by driver id: car, code, name and constructor from {@code fct_results},
 * {@code dim_drivers} and {@code dim_constructors} where they exist; the team colour from the feed's driver list
 * ({@code marts.dim_race_entries}, when dbt builds it) or null.
 */
final class RaceEntrants {

    record Entrant(String driverId, String carNumber, String code, String name, String constructorId,
                   String constructorName, String teamColour, Integer grid, Integer positionOrder, String finish,
                   String status) {
    }

    private final Map<String, Entrant> byDriver = new LinkedHashMap<>();
    private final Map<String, String> colourByConstructor = new HashMap<>();

    private RaceEntrants() {
    }

    static RaceEntrants of(Marts marts, Set<String> tables, int raceId) {
        RaceEntrants e = new RaceEntrants();
        if (tables.contains("dim_race_entries")) {
            for (Map<String, Object> r : marts.query("team colours", "SELECT driver_id, car_number, driver_code,"
                    + " constructor_id, team_colour FROM marts.dim_race_entries WHERE race_id = ?", raceId)) {
                String constructor = Values.text(r, "constructor_id");
                String colour = Values.text(r, "team_colour");
                if (constructor != null && colour != null) {
                    e.colourByConstructor.put(constructor, colour);
                }
            }
        }
        if (!tables.contains("fct_results")) {
            return e;
        }
        boolean drivers = tables.contains("dim_drivers");
        boolean constructors = tables.contains("dim_constructors");
        String sql = "SELECT r.driver_id, r.car_number, r.constructor_id, r.grid, r.position_order, r.position_text,"
                + " r.status, " + (drivers ? "d.code, d.full_name" : "NULL AS code, NULL AS full_name") + ", "
                + (constructors ? "c.constructor_name" : "NULL AS constructor_name")
                + " FROM marts.fct_results r"
                + (drivers ? " LEFT JOIN marts.dim_drivers d ON d.driver_id = r.driver_id" : "")
                + (constructors ? " LEFT JOIN marts.dim_constructors c ON c.constructor_id = r.constructor_id" : "")
                + " WHERE r.race_id = ? ORDER BY r.position_order";
        for (Map<String, Object> r : marts.query("race entrants", sql, raceId)) {
            String constructor = Values.text(r, "constructor_id");
            Entrant entrant = new Entrant(Values.text(r, "driver_id"), Values.text(r, "car_number"),
                    Values.text(r, "code"), Values.text(r, "full_name"), constructor,
                    Values.text(r, "constructor_name"), e.colourByConstructor.get(constructor),
                    Values.integer(r, "grid"), Values.integer(r, "position_order"), Values.text(r, "position_text"),
                    Values.text(r, "status"));
            e.byDriver.put(entrant.driverId(), entrant);
        }
        return e;
    }

    Entrant get(String driverId) {
        return driverId == null ? null : byDriver.get(driverId);
    }

    /** The entrant with this car number, or null. */
    Entrant byCar(String carNumber) {
        return carNumber == null ? null
                : byDriver.values().stream().filter(x -> carNumber.equals(x.carNumber())).findFirst().orElse(null);
    }

    List<Entrant> all() {
        return List.copyOf(byDriver.values());
    }

    String colour(String constructorId) {
        return constructorId == null ? null : colourByConstructor.get(constructorId);
    }

    /** Finishing order first (entrants without a result last), then the given tie-break. */
    static <T> Comparator<T> finishing(java.util.function.Function<T, Integer> order) {
        return Comparator.comparing(order, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
