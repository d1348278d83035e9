package dev.pitwall.replayer.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A season's {@code <year>/Index.json}: every meeting's sessions, in the index's order. */
public record SeasonIndex(int year, List<ArchiveSession> sessions) {

    public SeasonIndex {
        sessions = List.copyOf(sessions);
    }

    /** Parses the index bytes as the archive serves them (BOM allowed). */
    public static SeasonIndex parse(int year, byte[] json) {
        JsonNode root = ArchiveJson.parse(json, year + "/Index.json");
        List<ArchiveSession> sessions = new ArrayList<>();
        for (JsonNode meeting : root.path("Meetings")) {
            String meetingName = ArchiveJson.text(meeting, "Name");
            for (JsonNode s : meeting.path("Sessions")) {
                sessions.add(new ArchiveSession(year, meetingName, s.path("Key").asInt(0), ArchiveJson.text(s, "Name"),
                        ArchiveJson.text(s, "Type"), ArchiveJson.text(s, "StartDate"),
                        archivePath(ArchiveJson.text(s, "Path"))));
            }
        }
        return new SeasonIndex(year, sessions);
    }

    /**
     * A session's folder, or null when the index gives none or one outside the archive (the 2021 index points a
     * 2022 test session at {@code ../uat/static/...}).
     */
    private static String archivePath(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ArchivePaths.sessionFolder(raw);
        } catch (ImportException e) {
            return null;
        }
    }

    /** Sessions grouped by meeting name, meetings in index order. */
    public Map<String, List<ArchiveSession>> byMeeting() {
        Map<String, List<ArchiveSession>> out = new LinkedHashMap<>();
        for (ArchiveSession s : sessions) {
            out.computeIfAbsent(s.meeting(), m -> new ArrayList<>()).add(s);
        }
        return out;
    }

    /** For error messages: one line per meeting with its folder and its sessions and keys. */
    public String describe() {
        return byMeeting().entrySet().stream().map(e -> {
            String folder = e.getValue().stream().map(ArchiveSession::meetingFolder)
                    .filter(f -> f != null).findFirst().map(f -> " (" + f + ")").orElse("");
            String list = e.getValue().stream().map(s -> s.displayName() + " [key " + s.key() + "]"
                    + (s.path() == null ? " (no archive path)" : "")).collect(Collectors.joining(", "));
            return "  " + e.getKey() + folder + ": " + list;
        }).collect(Collectors.joining("\n"));
    }
}
