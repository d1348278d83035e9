package dev.pitwall.staging.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The seasons and races of {@code marts.dim_races}, with what each race has in the fact marts. */
@ApplicationScoped
public class RaceCatalog {

    /** Per-race row counts: the reply's name and the mart it counts. */
    private static final String[][] COUNTS = {
        {"results", "fct_results"}, {"sprint_results", "fct_sprint_results"}, {"laps", "fct_laps"},
        {"stints", "fct_stints"}, {"pit_stops", "fct_pit_stops"}, {"standings", "fct_driver_standings"},
    };

    private final Marts marts;

    public RaceCatalog(Marts marts) {
        this.marts = marts;
    }

    public SeasonsReply seasons() {
        Set<String> tables = marts.tables();
        String missing = Marts.missing(tables, "dim_races");
        if (missing != null) {
            return new SeasonsReply(false, missing, List.of());
        }
        Map<Integer, int[]> bySeason = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (RacesReply.Race r : races(tables, null)) {
            int[] n = bySeason.computeIfAbsent(r.season(), s -> new int[6]);
            n[0]++;
            n[1] += r.hasResults() ? 1 : 0;
            n[2] += r.hasLaps() ? 1 : 0;
            n[3] += r.hasStints() ? 1 : 0;
            n[4] += r.hasPitStops() ? 1 : 0;
            n[5] += r.hasStandings() ? 1 : 0;
        }
        List<SeasonsReply.Season> seasons = new ArrayList<>();
        bySeason.forEach((s, n) -> seasons.add(new SeasonsReply.Season(s, n[0], n[1], n[2], n[3], n[4], n[5])));
        return new SeasonsReply(true, seasons.isEmpty() ? "marts.dim_races has no races yet" : null, seasons);
    }

    public RacesReply races(String seasonParam) {
        int season = AnalysisInputException.number("season", seasonParam, "2025");
        Set<String> tables = marts.tables();
        String missing = Marts.missing(tables, "dim_races");
        if (missing != null) {
            return new RacesReply(false, missing, season, List.of());
        }
        List<RacesReply.Race> races = races(tables, season);
        if (races.isEmpty()) {
            throw unknownSeason(seasonParam, season);
        }
        return new RacesReply(true, null, season, races);
    }

    /** The race with this id ({@code season * 100 + round}); a 400 or 404 naming the parameter otherwise. */
    RaceRef race(String raceParam, Set<String> tables) {
        int raceId = AnalysisInputException.number("race", raceParam, "202501");
        if (!tables.contains("dim_races")) {
            return null;
        }
        List<Map<String, Object>> rows = marts.query("race", "SELECT " + RaceRef.COLUMNS
                + " FROM marts.dim_races WHERE race_id = ?", raceId);
        if (rows.isEmpty()) {
            throw new AnalysisInputException(404, "race", raceParam, "no race " + raceId + " in marts.dim_races"
                    + " (race ids are season * 100 + round, e.g. 202501)");
        }
        return RaceRef.of(rows.get(0));
    }

    /** Races of a season (the season's ids, or 404), for the standings. */
    List<RaceRef> seasonRaces(String seasonParam, int season) {
        List<RaceRef> races = marts.query("season races", "SELECT " + RaceRef.COLUMNS
                + " FROM marts.dim_races WHERE season = ? ORDER BY round", season).stream().map(RaceRef::of).toList();
        if (races.isEmpty()) {
            throw unknownSeason(seasonParam, season);
        }
        return races;
    }

    static AnalysisInputException unknownSeason(String param, int season) {
        return new AnalysisInputException(404, "season", param, "no season " + season + " in marts.dim_races");
    }

    private List<RacesReply.Race> races(Set<String> tables, Integer season) {
        StringBuilder sql = new StringBuilder("SELECT r.race_id, r.season, r.round, r.race_name, r.race_date,"
                + " r.circuit_id, r.session_key");
        StringBuilder joins = new StringBuilder();
        for (String[] c : COUNTS) {
            if (tables.contains(c[1])) {
                sql.append(", coalesce(").append(c[0]).append(".n, 0) AS ").append(c[0]);
                joins.append(" LEFT JOIN (SELECT race_id, count(*) AS n FROM marts.").append(c[1])
                        .append(" GROUP BY race_id) ").append(c[0]).append(" ON ").append(c[0])
                        .append(".race_id = r.race_id");
            } else {
                sql.append(", 0 AS ").append(c[0]);
            }
        }
        sql.append(" FROM marts.dim_races r").append(joins);
        List<Object> params = new ArrayList<>();
        if (season != null) {
            sql.append(" WHERE r.season = ?");
            params.add(season);
        }
        sql.append(" ORDER BY r.season, r.round");
        return marts.query("races", sql.toString(), params.toArray()).stream().map(r -> {
            long results = Values.count(r, "results");
            long laps = Values.count(r, "laps");
            long stints = Values.count(r, "stints");
            long pits = Values.count(r, "pit_stops");
            long standings = Values.count(r, "standings");
            return new RacesReply.Race(Values.integer(r, "race_id"), Values.integer(r, "season"),
                    Values.integer(r, "round"), Values.text(r, "race_name"), Values.text(r, "race_date"),
                    Values.text(r, "circuit_id"), Values.text(r, "session_key"), results,
                    Values.count(r, "sprint_results"), laps, stints, pits, standings, results > 0, laps > 0,
                    stints > 0, pits > 0, standings > 0);
        }).toList();
    }
}
