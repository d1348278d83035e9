package dev.pitwall.replayer.library;

/**
 * One file of a session folder in {@code import.json}: its name in the folder, its topic ("TimingData",
 * "CarData.z", "Index" for the session's own index), status, size and SHA-256 when done, the HTTP status
 * that said it is absent (404, or 403 from the S3-backed archive), and the error when it failed.
 */
public record ManifestEntry(String file, String topic, FileStatus status, long bytes, String sha256,
        int httpStatus, String error) {

    static ManifestEntry done(PlannedFile f, long bytes, String sha256) {
        return new ManifestEntry(f.file(), f.topic(), FileStatus.DONE, bytes, sha256, 200, null);
    }

    static ManifestEntry absent(PlannedFile f, int httpStatus) {
        return new ManifestEntry(f.file(), f.topic(), FileStatus.ABSENT, 0, null, httpStatus, null);
    }

    static ManifestEntry failed(PlannedFile f, String error) {
        return new ManifestEntry(f.file(), f.topic(), FileStatus.FAILED, 0, null, 0, error);
    }
}
