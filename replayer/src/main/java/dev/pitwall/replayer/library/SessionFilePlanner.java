package dev.pitwall.replayer.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which files of a session folder to fetch: the feeds its own {@code Index.json} lists (stream, then
 * keyframe), or, when the session has no index, the {@code .jsonStream} of every known topic.
 */
public final class SessionFilePlanner {

    /** Topics the archive may hold for a session, in the order they are fetched when there is no session index. */
    public static final List<String> KNOWN_TOPICS = List.of("SessionInfo", "SessionStatus", "DriverList", "LapCount",
            "TrackStatus", "RaceControlMessages", "TimingAppData", "TimingData", "TimingStats", "WeatherData",
            "CarData.z", "Position.z", "TeamRadio", "ExtrapolatedClock", "TopThree", "SessionData", "Heartbeat");

    /** The session folder's own index, fetched first. */
    public static final PlannedFile SESSION_INDEX = new PlannedFile("Index", "Index.json");

    private SessionFilePlanner() {
    }

    /** One {@code <Topic>.jsonStream} per known topic. */
    public static List<PlannedFile> fallback() {
        return KNOWN_TOPICS.stream().map(t -> new PlannedFile(t, t + ".jsonStream")).toList();
    }

    /** The files a session {@code Index.json} names under {@code Feeds}: {name → {KeyFramePath, StreamPath}}. */
    public static List<PlannedFile> fromIndex(byte[] json, String what) {
        JsonNode feeds = ArchiveJson.parse(json, what).path("Feeds");
        if (!feeds.isObject()) {
            throw new ImportException(what + " has no Feeds object");
        }
        Map<String, PlannedFile> files = new LinkedHashMap<>();
        feeds.properties().forEach(feed -> {
            for (String field : List.of("StreamPath", "KeyFramePath")) {
                String file = ArchiveJson.text(feed.getValue(), field);
                if (file != null && !file.isBlank() && !file.equals(SESSION_INDEX.file())) {
                    PlannedFile planned = new PlannedFile(feed.getKey(), file);
                    files.putIfAbsent(planned.file(), planned);
                }
            }
        });
        return new ArrayList<>(files.values());
    }
}
