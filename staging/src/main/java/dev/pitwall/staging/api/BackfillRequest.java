package dev.pitwall.staging.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Year;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/backfill}: a season and, optionally, a range of its rounds (default: all). */
@RegisterForReflection
@Schema(description = "A season to backfill, and optionally a range of its rounds (default: the whole season)")
public record BackfillRequest(
        @Schema(description = "Season, 1950 to next year", examples = "2023", required = true) Integer season,
        @Schema(description = "First round (default 1)", examples = "1") Integer fromRound,
        @Schema(description = "Last round (default the season's last)", examples = "22") Integer toRound) {

    /** What is wrong with this request, if anything, in words. */
    public Optional<String> problem(Year now) {
        int last = now.getValue() + 1;
        if (season == null) {
            return Optional.of("season is required, e.g. {\"season\": 2023, \"fromRound\": 1, \"toRound\": 5}");
        }
        if (season < 1950 || season > last) {
            return Optional.of("season must be between 1950 and " + last + ", got " + season);
        }
        if (fromRound != null && fromRound < 1) {
            return Optional.of("fromRound must be 1 or more, got " + fromRound);
        }
        if (toRound != null && toRound < 1) {
            return Optional.of("toRound must be 1 or more, got " + toRound);
        }
        if (fromRound != null && toRound != null && fromRound > toRound) {
            return Optional.of("fromRound (" + fromRound + ") must not be after toRound (" + toRound + ")");
        }
        return Optional.empty();
    }
}
