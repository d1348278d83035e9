package dev.pitwall.replayer.library;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the one session a {@link SessionSelector} means in a season index, or explains what the index has. */
public final class SessionResolver {

    private static final Map<String, List<String>> SHORT_NAMES = Map.of(
            "fp1", List.of("practice 1"), "fp2", List.of("practice 2"), "fp3", List.of("practice 3"),
            "q", List.of("qualifying"), "r", List.of("race"), "s", List.of("sprint"),
            "sq", List.of("sprint qualifying", "sprint shootout"));

    private SessionResolver() {
    }

    /**
     * Resolves {@code selector}; {@code index} is the selector's season index, empty when the archive has none
     * ({@code indexUrl} names where it was looked for). A path works without an index.
     */
    public static ArchiveSession resolve(SessionSelector selector, Optional<SeasonIndex> index, String indexUrl) {
        if (selector instanceof SessionSelector.ByPath byPath) {
            return index.flatMap(i -> i.sessions().stream().filter(s -> byPath.path().equals(s.path())).findFirst())
                    .orElseGet(() -> ArchiveSession.fromPath(byPath.path()));
        }
        SeasonIndex idx = index.orElseThrow(() -> new ImportException(
                "the archive has no season index for " + selector.year() + " at " + indexUrl));
        List<ArchiveSession> found;
        String asked;
        if (selector instanceof SessionSelector.ByKey byKey) {
            asked = "session key " + byKey.key();
            found = idx.sessions().stream().filter(s -> s.key() == byKey.key()).toList();
        } else {
            SessionSelector.ByName byName = (SessionSelector.ByName) selector;
            asked = "meeting '" + byName.meeting() + "', session '" + byName.session() + "'";
            List<String> meetings = matchingMeetings(idx, byName.meeting());
            if (meetings.size() > 1) {
                throw new ImportException(selector.year() + ": '" + byName.meeting() + "' matches several meetings ("
                        + String.join(", ", meetings) + "); the " + selector.year() + " index has:\n" + idx.describe());
            }
            found = idx.sessions().stream().filter(s -> meetings.contains(s.meeting()))
                    .filter(s -> sessionMatches(s, byName.session())).toList();
        }
        List<ArchiveSession> withPath = found.stream().filter(s -> s.path() != null).toList();
        if (withPath.size() == 1) {
            return withPath.get(0);
        }
        String why = found.isEmpty() ? "no session matches " + asked
                : withPath.isEmpty() ? asked + " has no archive path in the index"
                : asked + " matches several sessions (" + withPath.stream().map(ArchiveSession::label)
                        .collect(Collectors.joining(", ")) + ")";
        throw new ImportException(selector.year() + ": " + why + "; the " + selector.year() + " index at "
                + indexUrl + " has:\n" + idx.describe());
    }

    /** Meeting names matching: exact name, else folder name, else a name containing the query. */
    private static List<String> matchingMeetings(SeasonIndex idx, String query) {
        String q = norm(query);
        List<String> names = idx.byMeeting().keySet().stream().toList();
        List<String> exact = names.stream().filter(n -> norm(n).equals(q)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        List<String> byFolder = idx.sessions().stream().filter(s -> s.meetingFolder() != null
                && norm(s.meetingFolder()).equals(q)).map(ArchiveSession::meeting).distinct().toList();
        if (!byFolder.isEmpty()) {
            return byFolder;
        }
        return names.stream().filter(n -> !q.isEmpty() && norm(n).contains(q)).toList();
    }

    private static boolean sessionMatches(ArchiveSession s, String query) {
        String q = norm(query);
        List<String> wanted = SHORT_NAMES.getOrDefault(q, List.of(q));
        return (s.name() != null && wanted.contains(norm(s.name())))
                || (s.sessionFolder() != null && norm(s.sessionFolder()).equals(q));
    }

    /** Lower case, underscores as spaces, trimmed. */
    private static String norm(String s) {
        return s == null ? "" : s.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
