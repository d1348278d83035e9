package dev.pitwall.staging.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** A race of {@code marts.dim_races}: id ({@code season * 100 + round}), season, round, name, date, circuit, feed session. */
@RegisterForReflection
public record RaceRef(int raceId, int season, int round, String name, String date, String circuitId, String sessionKey) {

    static RaceRef of(Map<String, Object> row) {
        return new RaceRef(Values.integer(row, "race_id"), Values.integer(row, "season"), Values.integer(row, "round"),
                Values.text(row, "race_name"), Values.text(row, "race_date"), Values.text(row, "circuit_id"),
                Values.text(row, "session_key"));
    }

    static final String COLUMNS = "race_id, season, round, race_name, race_date, circuit_id, session_key";
}
