package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionOrigin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Finds the UTC instant of session time 0 (the start of the feed) from what the folder holds, best first:
 * the first race-control message ({@code Utc}, no zone = UTC, whole seconds) minus its line offset; else the
 * newest sample time of the first CarData.z/Position.z message minus its line offset; else the scheduled start
 * (SessionInfo StartDate minus GmtOffset), which is only approximate since the feed starts before the session.
 */
public final class OriginFinder {

    private OriginFinder() {
    }

    /** The origin of the session in {@code files}; epoch with anchor "none" if nothing in the folder gives one. */
    public static SessionOrigin find(TopicFiles files, BadLinePolicy policy) {
        return fromRaceControl(files, policy)
                .or(() -> fromZ(files, "CarData.z", "Entries", "Utc"))
                .or(() -> fromZ(files, "Position.z", "Position", "Timestamp"))
                .or(() -> fromSchedule(files, policy))
                .orElse(new SessionOrigin(Instant.EPOCH,
                        "none: no race-control message, .z sample or SessionInfo start date to anchor the clock"));
    }

    static Optional<SessionOrigin> fromRaceControl(TopicFiles files, BadLinePolicy policy) {
        Optional<Path> path = files.get("RaceControlMessages");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        SessionOrigin[] found = {null};
        JsonStreamReader.read(path.get(), policy, line -> {
            for (JsonNode m : JsonEntries.of(line.json().get("Messages")).values()) {
                String utcText = FeedValues.nonBlank(m.get("Utc"));
                Instant utc = FeedValues.instant(utcText);
                if (found[0] == null && utc != null) {
                    found[0] = new SessionOrigin(utc.minusMillis(line.offsetMs()), "race-control message Utc "
                            + utcText + " (no zone: UTC) at feed offset " + offset(line.offsetMs()));
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    private static Optional<SessionOrigin> fromZ(TopicFiles files, String topic, String list, String field) {
        return files.get(topic).flatMap(JsonStreamReader::first).flatMap(line -> {
            Instant newest = null;
            try {
                for (JsonNode entry : JsonEntries.of(ZDecoder.decode(line.json().asText()).get(list)).values()) {
                    Instant utc = FeedValues.instant(FeedValues.nonBlank(entry.get(field)));
                    newest = utc != null && (newest == null || utc.isAfter(newest)) ? utc : newest;
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            return Optional.ofNullable(newest).map(utc -> new SessionOrigin(utc.minusMillis(line.offsetMs()),
                    topic + " sample " + field + " " + utc + " at feed offset " + offset(line.offsetMs())));
        });
    }

    private static Optional<SessionOrigin> fromSchedule(TopicFiles files, BadLinePolicy policy) {
        return SessionInfoReader.info(files, policy).flatMap(s -> {
            try {
                LocalDateTime start = LocalDateTime.parse(s.path("StartDate").asText());
                Duration gmt = gmtOffset(s.path("GmtOffset").asText());
                Instant utc = start.toInstant(java.time.ZoneOffset.UTC).minus(gmt);
                return Optional.of(new SessionOrigin(utc, "scheduled start (SessionInfo StartDate "
                        + start + " minus GmtOffset " + s.path("GmtOffset").asText() + ") put at feed offset 0: "
                        + "approximate, the feed starts before the session"));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code 11:00:00} or {@code -04:00:00} as a duration. */
    static Duration gmtOffset(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        String[] parts = (negative || t.startsWith("+") ? t.substring(1) : t).split(":");
        if (parts.length < 2) {
            throw new IllegalArgumentException("bad GmtOffset " + text);
        }
        Duration d = Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                .plusSeconds(parts.length > 2 ? Long.parseLong(parts[2]) : 0);
        return negative ? d.negated() : d;
    }

    /** {@code HH:MM:SS.mmm} of a session time. */
    static String offset(long ms) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, ms % 1000);
    }
}
