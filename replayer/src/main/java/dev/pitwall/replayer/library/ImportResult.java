package dev.pitwall.replayer.library;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an import ended: the session, its folder in the library, each topic file's entry (the session's own
 * Index.json excluded), how many files this run downloaded and how many were already there.
 */
public record ImportResult(ArchiveSession session, Path directory, boolean sessionIndexPresent,
        List<ManifestEntry> files, int downloaded, int alreadyPresent) {

    public ImportResult {
        files = List.copyOf(files);
    }

    public List<ManifestEntry> withStatus(FileStatus status) {
        return files.stream().filter(f -> f.status() == status).toList();
    }

    /** Bytes of the session's files in the library. */
    public long bytes() {
        return files.stream().mapToLong(ManifestEntry::bytes).sum();
    }

    /** True when no file failed. */
    public boolean complete() {
        return withStatus(FileStatus.FAILED).isEmpty();
    }

    /** A few lines for people: counts, absent topics, failures with their reasons. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(complete() ? "Imported " : "INCOMPLETE import of ").append(session.label()).append(" into ")
                .append(directory).append('\n');
        out.append(String.format("  %d files in library (%s): %d downloaded now, %d already present; %d absent, %d failed",
                withStatus(FileStatus.DONE).size(), ImportProgress.bytes(bytes()), downloaded, alreadyPresent,
                withStatus(FileStatus.ABSENT).size(), withStatus(FileStatus.FAILED).size()));
        if (!withStatus(FileStatus.ABSENT).isEmpty()) {
            out.append("\n  absent from the archive: ").append(withStatus(FileStatus.ABSENT).stream()
                    .map(ManifestEntry::topic).distinct().collect(Collectors.joining(", ")));
        }
        for (ManifestEntry f : withStatus(FileStatus.FAILED)) {
            out.append("\n  FAILED ").append(f.file()).append(": ").append(f.error());
        }
        return out.toString();
    }
}
