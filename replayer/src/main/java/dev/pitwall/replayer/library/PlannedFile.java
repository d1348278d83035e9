package dev.pitwall.replayer.library;

/** One file to fetch from a session folder: its topic and its path inside the folder. */
public record PlannedFile(String topic, String file) {

    public PlannedFile {
        file = ArchivePaths.fileInSession(file);
    }
}
