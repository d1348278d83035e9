package dev.pitwall.staging.load;

import dev.pitwall.staging.jolpica.JolpicaEndpoint;
import dev.pitwall.staging.warehouse.StagingTable;
import dev.pitwall.staging.warehouse.StagingTables;
import java.time.LocalDate;
import java.util.List;

/**
 * One load unit: one endpoint for one season (per-season endpoints) or for one round of a season. A unit is
 * fetched whole (all pages) and merged in one transaction, or nothing of it is kept.
 *
 * @param round    null for a per-season unit
 * @param raceDate the race's date from the schedule, stamped on the unit's rows; null where unknown
 */
public record LoadUnit(JolpicaEndpoint endpoint, int season, Integer round, LocalDate raceDate) {

    /** Per-season endpoints, in load order: the schedule first, since it decides the rounds. */
    public static final List<JolpicaEndpoint> PER_SEASON = List.of(JolpicaEndpoint.RACES, JolpicaEndpoint.SEASONS,
            JolpicaEndpoint.DRIVERS, JolpicaEndpoint.CONSTRUCTORS, JolpicaEndpoint.CIRCUITS, JolpicaEndpoint.STATUS);

    /** Per-round endpoints, in load order. */
    public static final List<JolpicaEndpoint> PER_ROUND = List.of(JolpicaEndpoint.RESULTS, JolpicaEndpoint.QUALIFYING,
            JolpicaEndpoint.SPRINT, JolpicaEndpoint.LAPS, JolpicaEndpoint.PIT_STOPS, JolpicaEndpoint.DRIVER_STANDINGS,
            JolpicaEndpoint.CONSTRUCTOR_STANDINGS);

    public LoadUnit {
        if (PER_SEASON.contains(endpoint) == (round != null)) {
            throw new IllegalArgumentException(endpoint + (round == null ? " needs a round" : " is per season, not per round"));
        }
    }

    public static LoadUnit ofSeason(JolpicaEndpoint endpoint, int season) {
        return new LoadUnit(endpoint, season, null, null);
    }

    public static LoadUnit ofRound(JolpicaEndpoint endpoint, int season, int round, LocalDate raceDate) {
        return new LoadUnit(endpoint, season, round, raceDate);
    }

    /**
     * The path asked for, e.g. {@code 2023/4/qualifying.json}; the seasons unit asks for {@code 2023/seasons.json},
     * the season's own row.
     */
    public String path() {
        return endpoint.path(season, round);
    }

    /** Stable id, e.g. {@code 2023/4/qualifying}: the key of completed units and of a backfill's units. */
    public String id() {
        return season + "/" + (round == null ? "" : round + "/") + endpoint.segment();
    }

    public boolean perSeason() {
        return round == null;
    }

    /** The staging table the unit's rows go to. */
    public StagingTable table() {
        return switch (endpoint) {
            case SEASONS -> StagingTables.SEASONS;
            case CIRCUITS -> StagingTables.CIRCUITS;
            case RACES -> StagingTables.RACES;
            case DRIVERS -> StagingTables.DRIVERS;
            case CONSTRUCTORS -> StagingTables.CONSTRUCTORS;
            case RESULTS -> StagingTables.RESULTS;
            case QUALIFYING -> StagingTables.QUALIFYING;
            case SPRINT -> StagingTables.SPRINT_RESULTS;
            case LAPS -> StagingTables.LAPS_JOLPICA;
            case PIT_STOPS -> StagingTables.PIT_STOPS;
            case DRIVER_STANDINGS -> StagingTables.DRIVER_STANDINGS;
            case CONSTRUCTOR_STANDINGS -> StagingTables.CONSTRUCTOR_STANDINGS;
            case STATUS -> StagingTables.STATUS;
        };
    }
}
