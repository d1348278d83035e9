package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionDescriptor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads what a session is from its SessionInfo topic (Key, Name, Type, Meeting.Name, the local date of
 * StartDate, Path); without SessionInfo, from the archive folder names ({@code 2025-05-03_Sprint} inside
 * {@code 2025-05-04_Miami_Grand_Prix}), with no key and no type.
 */
public final class SessionInfoReader {

    private SessionInfoReader() {
    }

    /** The merged SessionInfo state, if the folder has the topic. */
    public static Optional<JsonNode> info(TopicFiles files, BadLinePolicy policy) {
        return files.get("SessionInfo").map(path -> {
            JsonNode[] state = {null};
            JsonStreamReader.read(path, policy, line -> state[0] = DeepMerge.merge(state[0], line.json()));
            return state[0];
        }).filter(JsonNode::isObject);
    }

    /** The descriptor of the session in {@code files}. */
    public static SessionDescriptor descriptor(TopicFiles files, BadLinePolicy policy) {
        Optional<JsonNode> info = info(files, policy);
        if (info.isEmpty()) {
            return fromFolder(files.folder());
        }
        JsonNode s = info.get();
        String start = FeedValues.nonBlank(s.get("StartDate"));
        return new SessionDescriptor(FeedValues.nonBlank(s.get("Key")), FeedValues.nonBlank(s.get("Name")),
                FeedValues.nonBlank(s.path("Meeting").get("Name")), FeedValues.nonBlank(s.get("Type")),
                start == null ? null : date(start.length() >= 10 ? start.substring(0, 10) : start),
                FeedValues.nonBlank(s.get("Path")));
    }

    /** A descriptor from the archive folder names alone. */
    static SessionDescriptor fromFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String session = abs.getFileName().toString();
        Path parent = abs.getParent();
        String meeting = parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
        LocalDate date = session.length() > 11 ? date(session.substring(0, 10)) : null;
        String name = date == null ? session.replace('_', ' ') : session.substring(11).replace('_', ' ');
        String meetingName = meeting == null ? null
                : (meeting.length() > 11 && date(meeting.substring(0, 10)) != null ? meeting.substring(11) : meeting)
                        .replace('_', ' ');
        String year = parent == null || parent.getParent() == null ? null : parent.getParent().getFileName().toString();
        String path = year != null && year.matches("\\d{4}") ? year + "/" + meeting + "/" + session + "/" : null;
        return new SessionDescriptor(null, name, meetingName, null, date, path);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
