package dev.pitwall.staging.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Race pace per team: the lap times of each constructor's drivers ({@code marts.fct_laps}, the constructor from
 * {@code fct_results}) without the laps that say little about pace: lap 1 (standing start), pit in and out laps,
 * and laps not run entirely under green ({@code track_status} other than {@code 1}: yellow, safety car, VSC or red
 * flag during the lap). Laps whose track status is unknown are kept.
 */
@ApplicationScoped
public class Pace {

    static final String GREEN = "1";
    static final String EXCLUDED = "Left out: lap 1 (standing start), pit in and pit out laps, laps not run entirely"
            + " under green flag (track status other than 1: yellow, safety car, VSC or red flag during the lap),"
            + " and laps without a time.";

    private final Marts marts;
    private final RaceCatalog catalog;

    public Pace(Marts marts, RaceCatalog catalog) {
        this.marts = marts;
        this.catalog = catalog;
    }

    public PaceReply pace(String raceParam) {
        Set<String> tables = marts.tables();
        RaceRef race = catalog.race(raceParam, tables);
        String missing = Marts.missing(tables, "dim_races", "fct_laps", "fct_results");
        if (missing != null) {
            return new PaceReply(false, missing, race, EXCLUDED, null, 0, List.of());
        }
        List<Map<String, Object>> laps = marts.query("pace", "SELECT car_number, driver_id, driver_code, lap,"
                + " lap_time_ms, is_pit_in_lap, is_pit_out_lap, track_status FROM marts.fct_laps WHERE race_id = ?"
                + " ORDER BY lap, car_number", race.raceId());
        if (laps.isEmpty()) {
            return new PaceReply(false, "No laps for " + race.name() + " " + race.season() + " in marts.fct_laps, so"
                    + " no lap times to compare.", race, EXCLUDED, null, 0, List.of());
        }
        RaceEntrants entrants = RaceEntrants.of(marts, tables, race.raceId());
        int pit = 0;
        int notGreen = 0;
        int first = 0;
        int noTime = 0;
        int noTeam = 0;
        Map<String, List<PaceReply.Time>> byTeam = new LinkedHashMap<>();
        Map<String, Set<String>> drivers = new LinkedHashMap<>();
        for (Map<String, Object> r : laps) {
            Long ms = Values.longValue(r, "lap_time_ms");
            String status = Values.text(r, "track_status");
            int lap = Values.integer(r, "lap");
            if (ms == null || ms <= 0) {
                noTime++;
            } else if (lap == 1) {
                first++;
            } else if (Values.flag(r, "is_pit_in_lap") || Values.flag(r, "is_pit_out_lap")) {
                pit++;
            } else if (status != null && !GREEN.equals(status.trim())) {
                notGreen++;
            } else {
                RaceEntrants.Entrant e = entrants.get(Values.text(r, "driver_id")) != null
                        ? entrants.get(Values.text(r, "driver_id")) : entrants.byCar(Values.text(r, "car_number"));
                if (e == null || e.constructorId() == null) {
                    noTeam++;
                    continue;
                }
                String code = Values.text(r, "driver_code") != null ? Values.text(r, "driver_code") : e.code();
                byTeam.computeIfAbsent(e.constructorId(), t -> new ArrayList<>()).add(new PaceReply.Time(code, lap, ms));
                drivers.computeIfAbsent(e.constructorId(), t -> new LinkedHashSet<>()).add(code);
            }
        }
        List<PaceReply.Team> teams = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        entrants.all().forEach(e -> names.putIfAbsent(e.constructorId(), e.constructorName()));
        byTeam.forEach((team, times) -> {
            BoxStats b = BoxStats.of(times.stream().mapToLong(PaceReply.Time::ms).toArray());
            teams.add(new PaceReply.Team(team, names.get(team), entrants.colour(team), List.copyOf(drivers.get(team)),
                    times.size(), b.min(), b.q1(), b.median(), b.q3(), b.max(), b.whiskerLow(), b.whiskerHigh(), times));
        });
        teams.sort(Comparator.comparingDouble(PaceReply.Team::medianMs));
        int used = teams.stream().mapToInt(PaceReply.Team::laps).sum();
        PaceReply.Excluded excluded = new PaceReply.Excluded(pit, notGreen, first, noTime, noTeam);
        if (teams.isEmpty()) {
            return new PaceReply(false, "All " + laps.size() + " laps of " + race.name() + " " + race.season()
                    + " were left out (see excluded), so there is no green-flag pace to compare.", race, EXCLUDED,
                    excluded, 0, List.of());
        }
        return new PaceReply(true, null, race, EXCLUDED, excluded, used, teams);
    }
}
