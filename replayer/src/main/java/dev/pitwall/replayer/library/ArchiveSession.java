package dev.pitwall.replayer.library;

/**
 * One session as a season's {@code Index.json} lists it: season, meeting, F1's session key, name, type,
 * local start and its folder in the archive ({@code path}, null when the index gives none).
 * {@code key} is 0 when unknown (a session chosen by path that the season index does not list).
 */
public record ArchiveSession(int year, String meeting, int key, String name, String type, String startDate,
        String path) {

    /** A session known only by its archive folder (no season index, or the index does not list it). */
    public static ArchiveSession fromPath(String sessionFolder) {
        String folder = ArchivePaths.sessionFolder(sessionFolder);
        String meetingFolder = folder.split("/")[1];
        return new ArchiveSession(ArchivePaths.yearOf(folder), fromFolderName(meetingFolder), 0,
                fromFolderName(ArchivePaths.lastSegment(folder)), null, null, folder);
    }

    /** The name to show: the session name, else its type, else its folder. */
    public String displayName() {
        if (name != null) {
            return name;
        }
        if (type != null) {
            return type;
        }
        return path == null ? "?" : ArchivePaths.lastSegment(path);
    }

    /** The meeting's archive folder name ({@code 2023-03-05_Bahrain_Grand_Prix}), or null without a path. */
    public String meetingFolder() {
        return path == null ? null : path.split("/")[1];
    }

    /** The session's archive folder name ({@code 2023-03-05_Race}), or null without a path. */
    public String sessionFolder() {
        return path == null ? null : ArchivePaths.lastSegment(path);
    }

    /** For people: {@code 2023 Bahrain Grand Prix - Race (key 7953)}. */
    public String label() {
        return year + " " + meeting + " - " + displayName() + (key != 0 ? " (key " + key + ")" : "");
    }

    /** Drops a leading date and turns underscores into spaces: {@code 2023-03-05_Race} → {@code Race}. */
    private static String fromFolderName(String folder) {
        String rest = folder.matches("\\d{4}-\\d{2}-\\d{2}_.*") ? folder.substring(11) : folder;
        return rest.replace('_', ' ');
    }
}
