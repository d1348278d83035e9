package dev.pitwall.replayer.library;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code POST /api/library/import}: {@code {year, meeting, session}}, {@code {year, key}} or
 * {@code {path}} (see {@link SessionSelector}).
 */
@RegisterForReflection
public record ImportRequest(Integer year, String meeting, String session, Integer key, String path) {

    private static final String SHAPES = "give {\"year\", \"meeting\", \"session\"}, {\"year\", \"key\"} or {\"path\"}";

    /** The session this request means; {@link IllegalArgumentException} naming what is missing or contradictory. */
    public SessionSelector selector() {
        if (present(path)) {
            if (year != null || key != null || present(meeting) || present(session)) {
                throw new IllegalArgumentException("'path' selects the session by itself: " + SHAPES);
            }
            try {
                return SessionSelector.byPath(path);
            } catch (ImportException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
        if (year == null) {
            throw new IllegalArgumentException("the request body needs 'year' (or 'path'): " + SHAPES);
        }
        if (key != null) {
            if (present(meeting) || present(session)) {
                throw new IllegalArgumentException("give 'key' or 'meeting' and 'session', not both");
            }
            return SessionSelector.byKey(year, key);
        }
        if (!present(meeting)) {
            throw new IllegalArgumentException("the request body needs 'meeting' (e.g. \"bahrain\") or 'key': " + SHAPES);
        }
        if (!present(session)) {
            throw new IllegalArgumentException("the request body needs 'session' (e.g. \"Race\", \"Q\", \"FP1\"): " + SHAPES);
        }
        return SessionSelector.byName(year, meeting.strip(), session.strip());
    }

    /** For people, before the archive has been asked: {@code 2023 bahrain Race}, {@code 2023 key 7953}, the path. */
    static String describe(SessionSelector selector) {
        if (selector instanceof SessionSelector.ByName n) {
            return n.year() + " " + n.meeting() + " " + n.session();
        }
        if (selector instanceof SessionSelector.ByKey k) {
            return k.year() + " key " + k.key();
        }
        return ((SessionSelector.ByPath) selector).path();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
