package dev.pitwall.staging.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.staging.jolpica.JolpicaEndpoint;
import dev.pitwall.staging.jolpica.JolpicaRows;
import dev.pitwall.staging.warehouse.StagingTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of one load unit into warehouse rows of its staging table: the key columns read from the JSON
 * (Ergast numbers are strings: parsed here), {@code source} = the page URL the row came from, {@code race_date}
 * = the race's date where known (from the schedule, or from the race the row is nested in), {@code raw} = the row's JSON. A row without a key field fails the whole unit.
 */
public final class RowMapper {

    /** One key column: where its value sits in the row (a path of field names) and whether it is a number. */
    private record Key(String column, boolean number, String... path) {
    }

    private RowMapper() {
    }

    private static List<Key> keys(JolpicaEndpoint endpoint) {
        Key season = new Key(StagingTable.SEASON, true, "season");
        Key round = new Key(StagingTable.ROUND, true, "round");
        Key nestedDriver = new Key("driver_id", false, "Driver", "driverId");
        Key driver = new Key("driver_id", false, "driverId");
        return switch (endpoint) {
            case SEASONS -> List.of(season);
            case CIRCUITS -> List.of(new Key("circuit_id", false, "circuitId"));
            case RACES -> List.of(season, round);
            case DRIVERS -> List.of(driver);
            case CONSTRUCTORS -> List.of(new Key("constructor_id", false, "constructorId"));
            case RESULTS, QUALIFYING, SPRINT, DRIVER_STANDINGS -> List.of(season, round, nestedDriver);
            case LAPS -> List.of(season, round, driver, new Key("lap", true, "lap"));
            case PIT_STOPS -> List.of(season, round, driver, new Key("stop", true, "stop"));
            case CONSTRUCTOR_STANDINGS -> List.of(season, round,
                    new Key("constructor_id", false, "Constructor", "constructorId"));
            case STATUS -> List.of(new Key("status_id", false, "statusId"));
        };
    }

    /** The warehouse rows of a unit, in server order. */
    public static List<Map<String, Object>> map(LoadUnit unit, JolpicaRows fetched, String loadId, Instant loadedAt) {
        List<Key> keys = keys(unit.endpoint());
        List<Map<String, Object>> out = new ArrayList<>(fetched.rows().size());
        for (int i = 0; i < fetched.rows().size(); i++) {
            JsonNode json = fetched.rows().get(i);
            String url = fetched.pageUrlOf(i);
            Map<String, Object> row = new HashMap<>();
            for (Key key : keys) {
                row.put(key.column(), value(url, i, json, key));
            }
            row.putIfAbsent(StagingTable.SEASON, unit.season());
            if (unit.round() != null) {
                row.putIfAbsent(StagingTable.ROUND, unit.round());
            }
            row.put(StagingTable.LOAD_ID, loadId);
            row.put(StagingTable.LOADED_AT, loadedAt);
            row.put(StagingTable.SOURCE, url);
            LocalDate raceDate = unit.endpoint() == JolpicaEndpoint.RACES ? date(url, i, json) : unit.raceDate();
            if (raceDate == null && json.path("race").isObject()) {
                raceDate = date(url, i, json.get("race")); // the race the row is nested in, when the schedule is not known
            }
            row.put(StagingTable.RACE_DATE, raceDate);
            row.put(StagingTable.RAW, json.toString());
            out.add(row);
        }
        return out;
    }

    private static Object value(String url, int index, JsonNode row, Key key) {
        JsonNode node = row;
        for (String field : key.path()) {
            node = node.path(field);
        }
        String where = String.join(".", key.path());
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw new RowMappingException(url, "row " + index + " has no key field " + where);
        }
        if (!key.number()) {
            return node.asText();
        }
        try {
            return Integer.parseInt(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new RowMappingException(url, "row " + index + ": key field " + where + " is not a number: \""
                    + node.asText() + "\"");
        }
    }

    private static LocalDate date(String url, int index, JsonNode race) {
        JsonNode date = race.get("date");
        if (date == null || !date.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(date.asText());
        } catch (DateTimeParseException e) {
            throw new RowMappingException(url, "row " + index + ": date is not YYYY-MM-DD: \"" + date.asText() + "\"");
        }
    }
}
