package dev.pitwall.staging.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A season's schedule, read from its races rows: each round's race date, start and whether it has a sprint. */
public record Schedule(int season, List<Race> races) {

    /**
     * One round of the schedule.
     *
     * @param start the race start (date and time, UTC); the end of the race day where the schedule has no time
     */
    public record Race(int round, LocalDate date, Instant start, boolean sprint) {

        /** Whether the race has started by {@code now}. */
        public boolean happenedBy(Instant now) {
            return start.isBefore(now);
        }
    }

    public Schedule {
        races = races.stream().sorted(Comparator.comparingInt(Race::round)).toList();
    }

    /** The schedule in the races rows of a season (as Jolpica's {@code {season}/races.json} answers). */
    public static Schedule from(int season, List<JsonNode> raceRows) {
        List<Race> races = new ArrayList<>();
        for (JsonNode row : raceRows) {
            String round = row.path("round").asText();
            String date = row.path("date").asText();
            try {
                LocalDate day = LocalDate.parse(date);
                String time = row.path("time").asText("");
                Instant start = time.isEmpty() ? day.atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC)
                        : day.atTime(OffsetTime.parse(time)).toInstant();
                races.add(new Race(Integer.parseInt(round), day, start, row.has("Sprint")));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("schedule of " + season + ": round \"" + round + "\" dated \""
                        + date + "\" cannot be read: " + e.getMessage(), e);
            }
        }
        return new Schedule(season, races);
    }

    public Optional<Race> race(int round) {
        return races.stream().filter(r -> r.round() == round).findFirst();
    }

    public int lastRound() {
        return races.isEmpty() ? 0 : races.get(races.size() - 1).round();
    }

    /** The units of a round: all per-round endpoints, the sprint only where the schedule shows one. */
    public List<LoadUnit> unitsOf(Race race) {
        List<LoadUnit> units = new ArrayList<>();
        for (var endpoint : LoadUnit.PER_ROUND) {
            if (endpoint != dev.pitwall.staging.jolpica.JolpicaEndpoint.SPRINT || race.sprint()) {
                units.add(LoadUnit.ofRound(endpoint, season, race.round(), race.date()));
            }
        }
        return units;
    }
}
