package dev.pitwall.staging.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The per-race views over the marts: the lap chart, tyre strategy and pit stops. */
@ApplicationScoped
public class RaceCharts {

    private final Marts marts;
    private final RaceCatalog catalog;

    public RaceCharts(Marts marts, RaceCatalog catalog) {
        this.marts = marts;
        this.catalog = catalog;
    }

    public LapChartReply lapChart(String raceParam) {
        Set<String> tables = marts.tables();
        RaceRef race = catalog.race(raceParam, tables);
        String missing = Marts.missing(tables, "dim_races", "fct_laps");
        if (missing != null) {
            return new LapChartReply(false, missing, race, 0, List.of());
        }
        List<Map<String, Object>> laps = marts.query("lap chart", "SELECT car_number, driver_id, driver_code, lap,"
                + " position FROM marts.fct_laps WHERE race_id = ? ORDER BY lap", race.raceId());
        if (laps.isEmpty()) {
            return new LapChartReply(false, "No laps for " + race.name() + " " + race.season() + " in marts.fct_laps:"
                    + " lap-by-lap positions come from the replayed feed or Jolpica's lap timings, and neither has"
                    + " been loaded for this race.", race, 0, List.of());
        }
        RaceEntrants entrants = RaceEntrants.of(marts, tables, race.raceId());
        int last = laps.stream().mapToInt(r -> Values.integer(r, "lap")).max().orElse(0);
        Map<String, Integer[]> byCar = new LinkedHashMap<>();
        Map<String, String[]> who = new LinkedHashMap<>();
        for (Map<String, Object> r : laps) {
            String car = Values.text(r, "car_number");
            byCar.computeIfAbsent(car, c -> new Integer[last + 1])[Values.integer(r, "lap")] = Values.integer(r, "position");
            who.putIfAbsent(car, new String[] {Values.text(r, "driver_id"), Values.text(r, "driver_code")});
        }
        for (RaceEntrants.Entrant e : entrants.all()) {
            if (e.carNumber() != null && !byCar.containsKey(e.carNumber())) {
                byCar.put(e.carNumber(), new Integer[last + 1]); // started (or not) and completed no lap
                who.put(e.carNumber(), new String[] {e.driverId(), e.code()});
            }
        }
        List<LapChartReply.Car> cars = new ArrayList<>();
        byCar.forEach((car, positions) -> {
            String[] w = who.get(car);
            RaceEntrants.Entrant e = entrants.get(w[0]) != null ? entrants.get(w[0]) : entrants.byCar(car);
            Integer grid = e == null || e.grid() == null || e.grid() == 0 ? null : e.grid();
            positions[0] = grid;
            int completed = 0;
            for (int lap = 1; lap <= last; lap++) {
                completed += positions[lap] != null ? 1 : 0;
            }
            cars.add(new LapChartReply.Car(car, w[0], w[1] != null ? w[1] : e == null ? null : e.code(),
                    e == null ? null : e.name(), e == null ? null : e.constructorId(),
                    e == null ? null : e.constructorName(), e == null ? null : e.teamColour(), grid,
                    e == null ? null : e.finish(), e == null ? null : e.status(), completed, java.util.Arrays.asList(positions)));
        });
        cars.sort(Comparator.comparing((LapChartReply.Car c) -> finishOrder(entrants, c.driverId(), c.carNumber()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> -c.lapsCompleted()));
        return new LapChartReply(true, null, race, last, cars);
    }

    public TyresReply tyres(String raceParam) {
        Set<String> tables = marts.tables();
        RaceRef race = catalog.race(raceParam, tables);
        String missing = Marts.missing(tables, "dim_races", "fct_stints");
        if (missing != null) {
            return new TyresReply(false, missing, race, 0, List.of());
        }
        List<Map<String, Object>> rows = marts.query("stints", "SELECT car_number, driver_id, stint, compound, is_fresh,"
                + " start_lap, end_lap, laps, tyre_age_at_start FROM marts.fct_stints WHERE race_id = ?"
                + " ORDER BY stint", race.raceId());
        if (rows.isEmpty()) {
            return new TyresReply(false, "No tyre stints for " + race.name() + " " + race.season() + " in"
                    + " marts.fct_stints: stints come from the replayed feed's tyre data, which this race does not"
                    + " have.", race, 0, List.of());
        }
        RaceEntrants entrants = RaceEntrants.of(marts, tables, race.raceId());
        Map<String, List<TyresReply.Stint>> byCar = new LinkedHashMap<>();
        Map<String, String> driverOf = new LinkedHashMap<>();
        int laps = 0;
        for (Map<String, Object> r : rows) {
            String car = Values.text(r, "car_number");
            driverOf.putIfAbsent(car, Values.text(r, "driver_id"));
            Integer end = Values.integer(r, "end_lap");
            laps = Math.max(laps, end == null ? 0 : end);
            byCar.computeIfAbsent(car, c -> new ArrayList<>()).add(new TyresReply.Stint(Values.integer(r, "stint"),
                    Values.text(r, "compound"), r.get("is_fresh") == null ? null : Values.flag(r, "is_fresh"),
                    Values.integer(r, "start_lap"), end, Values.longValue(r, "laps"),
                    Values.integer(r, "tyre_age_at_start")));
        }
        List<TyresReply.Driver> drivers = new ArrayList<>();
        byCar.forEach((car, stints) -> {
            RaceEntrants.Entrant e = entrants.get(driverOf.get(car)) != null ? entrants.get(driverOf.get(car))
                    : entrants.byCar(car);
            drivers.add(new TyresReply.Driver(car, driverOf.get(car), e == null ? null : e.code(),
                    e == null ? null : e.name(), e == null ? null : e.constructorId(),
                    e == null ? null : e.teamColour(), e == null ? null : e.finish(), stints));
        });
        drivers.sort(Comparator.comparing((TyresReply.Driver d) -> finishOrder(entrants, d.driverId(), d.carNumber()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TyresReply.Driver::carNumber));
        return new TyresReply(true, null, race, laps, drivers);
    }

    public PitStopsReply pitStops(String raceParam) {
        Set<String> tables = marts.tables();
        RaceRef race = catalog.race(raceParam, tables);
        String missing = Marts.missing(tables, "dim_races", "fct_pit_stops");
        if (missing != null) {
            return new PitStopsReply(false, missing, race, List.of(), null, List.of());
        }
        List<Map<String, Object>> rows = marts.query("pit stops", "SELECT stop, lap, driver_id, car_number, duration_ms,"
                + " source FROM marts.fct_pit_stops WHERE race_id = ? ORDER BY lap, duration_ms, driver_id", race.raceId());
        if (rows.isEmpty()) {
            return new PitStopsReply(false, "No pit stops for " + race.name() + " " + race.season() + " in"
                    + " marts.fct_pit_stops: neither Jolpica's pit stops nor the replayed feed's pit-lane times have"
                    + " been loaded for this race.", race, List.of(), null, List.of());
        }
        RaceEntrants entrants = RaceEntrants.of(marts, tables, race.raceId());
        Set<String> sources = new LinkedHashSet<>();
        List<PitStopsReply.Stop> stops = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String driver = Values.text(r, "driver_id");
            String car = Values.text(r, "car_number");
            RaceEntrants.Entrant e = entrants.get(driver) != null ? entrants.get(driver) : entrants.byCar(car);
            String source = Values.text(r, "source");
            sources.add(source);
            stops.add(new PitStopsReply.Stop(Values.integer(r, "stop"), Values.integer(r, "lap"), driver,
                    e == null ? null : e.code(), e == null ? null : e.name(), car != null ? car : e == null ? null
                    : e.carNumber(), e == null ? null : e.constructorId(), e == null ? null : e.constructorName(),
                    e == null ? null : e.teamColour(), Values.longValue(r, "duration_ms"), source));
        }
        List<String> notes = new ArrayList<>();
        if (sources.contains("jolpica")) {
            notes.add("jolpica: the stop's duration as published (car stationary to pit exit)");
        }
        if (sources.contains("feed")) {
            notes.add("feed: time in the pit lane, from pit entry to pit exit");
        }
        return new PitStopsReply(true, null, race, List.copyOf(sources), "Duration by source: "
                + String.join("; ", notes) + ".", stops);
    }

    private static Integer finishOrder(RaceEntrants entrants, String driverId, String carNumber) {
        RaceEntrants.Entrant e = entrants.get(driverId) != null ? entrants.get(driverId) : entrants.byCar(carNumber);
        return e == null ? null : e.positionOrder();
    }
}
