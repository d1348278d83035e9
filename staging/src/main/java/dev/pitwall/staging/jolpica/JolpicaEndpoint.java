package dev.pitwall.staging.jolpica;

import java.util.List;

/**
 * The Ergast-format endpoints the warehouse loads: which {@code MRData} table each answers with, and the chain
 * of arrays down to the rows that {@code MRData.total} counts (results count result rows, laps count timing
 * rows, standings count standing rows).
 */
public enum JolpicaEndpoint {
    SEASONS("seasons", "SeasonTable", "Seasons"),
    CIRCUITS("circuits", "CircuitTable", "Circuits"),
    RACES("races", "RaceTable", "Races"),
    DRIVERS("drivers", "DriverTable", "Drivers"),
    CONSTRUCTORS("constructors", "ConstructorTable", "Constructors"),
    RESULTS("results", "RaceTable", "Races", "Results"),
    QUALIFYING("qualifying", "RaceTable", "Races", "QualifyingResults"),
    SPRINT("sprint", "RaceTable", "Races", "SprintResults"),
    LAPS("laps", "RaceTable", "Races", "Laps", "Timings"),
    PIT_STOPS("pitstops", "RaceTable", "Races", "PitStops"),
    DRIVER_STANDINGS("driverstandings", "StandingsTable", "StandingsLists", "DriverStandings"),
    CONSTRUCTOR_STANDINGS("constructorstandings", "StandingsTable", "StandingsLists", "ConstructorStandings"),
    STATUS("status", "StatusTable", "Status");

    private final String segment;
    private final String table;
    private final List<String> arrays;

    JolpicaEndpoint(String segment, String table, String... arrays) {
        this.segment = segment;
        this.table = table;
        this.arrays = List.of(arrays);
    }

    /** The Ergast path segment, e.g. {@code driverstandings}. */
    public String segment() {
        return segment;
    }

    /**
     * The path of this endpoint for a season, or for one round of it when {@code round} is not null, e.g.
     * {@code 2023/4/qualifying.json}; for {@link #SEASONS}, {@code 2023/seasons.json} is the season's own row.
     */
    public String path(int season, Integer round) {
        return season + "/" + (round == null ? "" : round + "/") + segment + ".json";
    }

    /** The {@code MRData} member holding the answer, e.g. {@code RaceTable}. */
    public String table() {
        return table;
    }

    /** Array names from the table down to the counted rows, e.g. {@code [Races, Laps, Timings]}. */
    public List<String> arrays() {
        return arrays;
    }
}
