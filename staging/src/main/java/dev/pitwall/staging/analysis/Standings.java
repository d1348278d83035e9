package dev.pitwall.staging.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drivers' championship of a season after each round: {@code fct_driver_standings} where a round has standings,
 * otherwise the running sum of race and sprint points ({@code fct_results}, {@code fct_sprint_results}) carried on
 * from the last round known; ranked by points, then wins, then driver id.
 */
@ApplicationScoped
public class Standings {

    private final Marts marts;
    private final RaceCatalog catalog;

    public Standings(Marts marts, RaceCatalog catalog) {
        this.marts = marts;
        this.catalog = catalog;
    }

    /** Points and wins of one driver as they stand, and who they drove for last. */
    private static final class Tally {
        double points;
        int wins;
        String constructorId;
    }

    public StandingsReply standings(String seasonParam) {
        int season = AnalysisInputException.number("season", seasonParam, "2025");
        Set<String> tables = marts.tables();
        String missing = Marts.missing(tables, "dim_races", "fct_results");
        if (missing != null) {
            return new StandingsReply(false, missing, season, null, null, List.of(), List.of(), List.of());
        }
        List<RaceRef> races = catalog.seasonRaces(seasonParam, season);
        Map<Integer, Map<String, Map<String, Object>>> standings = byRace(tables.contains("fct_driver_standings")
                ? marts.query("driver standings", "SELECT race_id, driver_id, constructor_id, position, points, wins"
                        + " FROM marts.fct_driver_standings WHERE season = ?", season) : List.of());
        String sprint = tables.contains("fct_sprint_results")
                ? " UNION ALL SELECT race_id, driver_id, constructor_id, points, NULL AS position"
                        + " FROM marts.fct_sprint_results WHERE season = ?" : "";
        Object[] params = sprint.isEmpty() ? new Object[] {season} : new Object[] {season, season};
        Map<Integer, List<Map<String, Object>>> results = new HashMap<>();
        for (Map<String, Object> r : marts.query("season points", "SELECT race_id, driver_id, constructor_id, points,"
                + " position FROM marts.fct_results WHERE season = ?" + sprint, params)) {
            results.computeIfAbsent(Values.integer(r, "race_id"), k -> new ArrayList<>()).add(r);
        }

        Map<String, Tally> tally = new LinkedHashMap<>();
        List<StandingsReply.Round> rounds = new ArrayList<>();
        Map<String, List<Double>> points = new HashMap<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (RaceRef race : races) {
            Map<String, Map<String, Object>> official = standings.get(race.raceId());
            List<Map<String, Object>> scored = results.get(race.raceId());
            if (official == null && scored == null) {
                // not run yet, or not loaded: no point on the chart
                continue;
            }
            Map<String, Integer> rank;
            if (official != null) {
                rank = new HashMap<>();
                official.forEach((driver, row) -> {
                    Tally t = tally.computeIfAbsent(driver, d -> new Tally());
                    t.points = Values.decimal(row, "points") == null ? 0 : Values.decimal(row, "points");
                    t.wins = Values.integer(row, "wins") == null ? 0 : Values.integer(row, "wins");
                    t.constructorId = Values.text(row, "constructor_id");
                    rank.put(driver, Values.integer(row, "position"));
                });
            } else {
                for (Map<String, Object> row : scored) {
                    Tally t = tally.computeIfAbsent(Values.text(row, "driver_id"), d -> new Tally());
                    Double p = Values.decimal(row, "points");
                    t.points += p == null ? 0 : p;
                    t.wins += Integer.valueOf(1).equals(Values.integer(row, "position")) ? 1 : 0; // sprints: null
                    t.constructorId = Values.text(row, "constructor_id");
                }
                rank = ranked(tally);
            }
            int index = rounds.size();
            rounds.add(new StandingsReply.Round(race.round(), race.raceId(), race.name(),
                    official != null ? "standings" : "results"));
            tally.forEach((driver, t) -> {
                pad(points.computeIfAbsent(driver, d -> new ArrayList<>()), index).add(round2(t.points));
                pad(positions.computeIfAbsent(driver, d -> new ArrayList<>()), index).add(rank.get(driver));
            });
        }
        if (rounds.isEmpty()) {
            return new StandingsReply(false, "No round of " + season + " has results or standings in the marts yet"
                    + " (marts.fct_results, marts.fct_driver_standings).", season, null, null, List.of(), List.of(), List.of());
        }
        long official = rounds.stream().filter(r -> r.basis().equals("standings")).count();
        String basis = official == rounds.size() ? "standings" : official == 0 ? "results" : "mixed";
        int lastRound = rounds.get(rounds.size() - 1).round();
        Set<Integer> drawn = new java.util.HashSet<>();
        rounds.forEach(r -> drawn.add(r.round()));
        List<Integer> missingRounds = java.util.stream.IntStream.rangeClosed(1, lastRound)
                .filter(r -> !drawn.contains(r)).boxed().toList();
        String note = note(basis) + (missingRounds.isEmpty() || basis.equals("standings") ? ""
                : " Rounds " + missingRounds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                        + " have no results in the marts (not loaded, or not in marts.dim_races), so their points are"
                        + " not counted.");
        return new StandingsReply(true, null, season, basis, note, missingRounds, rounds,
                drivers(tables, season, tally, points, positions, rounds.size()));
    }

    private List<StandingsReply.Driver> drivers(Set<String> tables, int season, Map<String, Tally> tally,
                                                Map<String, List<Double>> points, Map<String, List<Integer>> positions,
                                                int rounds) {
        Map<String, String[]> names = new HashMap<>();
        if (tables.contains("dim_drivers")) {
            marts.query("drivers", "SELECT driver_id, code, full_name FROM marts.dim_drivers").forEach(r ->
                    names.put(Values.text(r, "driver_id"), new String[] {Values.text(r, "code"), Values.text(r, "full_name")}));
        }
        Map<String, String> teams = new HashMap<>();
        if (tables.contains("dim_constructors")) {
            marts.query("constructors", "SELECT constructor_id, constructor_name FROM marts.dim_constructors").forEach(r ->
                    teams.put(Values.text(r, "constructor_id"), Values.text(r, "constructor_name")));
        }
        Map<String, String> colours = new HashMap<>();
        if (tables.contains("dim_race_entries")) {
            marts.query("team colours", "SELECT e.constructor_id, e.team_colour FROM marts.dim_race_entries e"
                    + " JOIN marts.dim_races r ON r.race_id = e.race_id WHERE r.season = ? ORDER BY r.round", season)
                    .forEach(r -> colours.put(Values.text(r, "constructor_id"), Values.text(r, "team_colour")));
        }
        List<StandingsReply.Driver> drivers = new ArrayList<>();
        tally.forEach((driver, t) -> {
            String[] name = names.getOrDefault(driver, new String[2]);
            List<Integer> pos = pad(positions.get(driver), rounds);
            drivers.add(new StandingsReply.Driver(driver, name[0], name[1], t.constructorId, teams.get(t.constructorId),
                    colours.get(t.constructorId), pad(points.get(driver), rounds), pos, round2(t.points),
                    pos.get(rounds - 1) == null ? Integer.MAX_VALUE : pos.get(rounds - 1)));
        });
        drivers.sort(Comparator.comparingInt(StandingsReply.Driver::position).thenComparing(StandingsReply.Driver::driverId));
        return drivers;
    }

    /** Championship order by points, then wins, then driver id: position 1 first. */
    static Map<String, Integer> ranked(Map<String, Tally> tally) {
        List<Map.Entry<String, Tally>> order = new ArrayList<>(tally.entrySet());
        order.sort(Comparator.<Map.Entry<String, Tally>>comparingDouble(e -> -e.getValue().points)
                .thenComparingInt(e -> -e.getValue().wins).thenComparing(Map.Entry::getKey));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i).getKey(), i + 1);
        }
        return rank;
    }

    private static Map<Integer, Map<String, Map<String, Object>>> byRace(List<Map<String, Object>> rows) {
        Map<Integer, Map<String, Map<String, Object>>> byRace = new HashMap<>();
        rows.forEach(r -> byRace.computeIfAbsent(Values.integer(r, "race_id"), k -> new LinkedHashMap<>())
                .put(Values.text(r, "driver_id"), r));
        return byRace;
    }

    private static <T> List<T> pad(List<T> list, int size) {
        while (list.size() < size) {
            list.add(null);
        }
        return list;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String note(String basis) {
        return switch (basis) {
            case "standings" -> "Official standings after each round (marts.fct_driver_standings).";
            case "results" -> "No official standings in the marts for this season: points are running sums of race"
                    + " and sprint results (marts.fct_results, marts.fct_sprint_results); ties are split by wins.";
            default -> "Official standings where a round has them (marts.fct_driver_standings), otherwise running sums"
                    + " of race and sprint points carried on from the round before; see each round's basis.";
        };
    }
}
