package dev.pitwall.replayer.library;

/** How a person names the session to import: by season + meeting + session name, by session key, or by path. */
public sealed interface SessionSelector {

    /** The season whose index is consulted. */
    int year();

    /**
     * By names: {@code meeting} is a case-insensitive part of the meeting name ("bahrain") or its folder
     * name; {@code session} is the session name ("Race", "Sprint", "Qualifying", "Practice 1") or its
     * folder name, or a short form (FP1, FP2, FP3, Q, SQ, S, R).
     */
    record ByName(int year, String meeting, String session) implements SessionSelector {
    }

    /** By F1's session key in that season's index. */
    record ByKey(int year, int key) implements SessionSelector {
    }

    /** By archive folder, e.g. {@code 2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/}. */
    record ByPath(String path) implements SessionSelector {

        public ByPath {
            path = ArchivePaths.sessionFolder(path);
        }

        @Override
        public int year() {
            return ArchivePaths.yearOf(path);
        }
    }

    static SessionSelector byName(int year, String meeting, String session) {
        return new ByName(year, meeting, session);
    }

    static SessionSelector byKey(int year, int key) {
        return new ByKey(year, key);
    }

    static SessionSelector byPath(String path) {
        return new ByPath(path);
    }
}
