package dev.pitwall.staging.jolpica;

import java.util.List;

/**
 * The Ergast-format endpoints the warehouse loads: which {@code MRData} table each answers with, and the chain
 * of arrays down to the rows that {@code MRData.total} counts (results count result rows, laps count timing
 * rows, standings count standing rows).
 */
public enum JolpicaEndpoint {
    SEASONS("SeasonTable", "Seasons"),
    CIRCUITS("CircuitTable", "Circuits"),
    RACES("RaceTable", "Races"),
    DRIVERS("DriverTable", "Drivers"),
    CONSTRUCTORS("ConstructorTable", "Constructors"),
    RESULTS("RaceTable", "Races", "Results"),
    QUALIFYING("RaceTable", "Races", "QualifyingResults"),
    SPRINT("RaceTable", "Races", "SprintResults"),
    LAPS("RaceTable", "Races", "Laps", "Timings"),
    PIT_STOPS("RaceTable", "Races", "PitStops"),
    DRIVER_STANDINGS("StandingsTable", "StandingsLists", "DriverStandings"),
    CONSTRUCTOR_STANDINGS("StandingsTable", "StandingsLists", "ConstructorStandings"),
    STATUS("StatusTable", "Status");

    private final String table;
    private final List<String> arrays;

    JolpicaEndpoint(String table, String... arrays) {
        this.table = table;
        this.arrays = List.of(arrays);
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
