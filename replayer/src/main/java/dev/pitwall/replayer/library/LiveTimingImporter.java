package dev.pitwall.replayer.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports one archived session into the local race library ({@code <library>/<archive path>/}), resumably:
 * files already complete (per {@code import.json}, size and SHA-256) or known absent are not fetched again.
 * Plain Java (no Quarkus), so it runs from {@link ImportMain} as well as inside a service.
 */
public final class LiveTimingImporter {

    private static final Logger LOG = Logger.getLogger(LiveTimingImporter.class.getName());
    private static final long PROGRESS_EVERY_BYTES = 1 << 20;

    private final Path library;
    private final ArchiveClient client;

    public LiveTimingImporter(Path library, ArchiveConfig config) {
        this(library, new ArchiveClient(config));
    }

    public LiveTimingImporter(Path library, ArchiveClient client) {
        this.library = library.toAbsolutePath().normalize();
        this.client = client;
    }

    public Path library() {
        return library;
    }

    /** A season's index from the archive (a copy is kept as {@code <library>/<year>/Index.json}); empty if none. */
    public Optional<SeasonIndex> seasonIndex(int year) {
        String path = year + "/Index.json";
        ArchiveClient.Fetched<byte[]> fetched = client.fetchBytes(path);
        if (!fetched.present()) {
            return Optional.empty();
        }
        SeasonIndex index = SeasonIndex.parse(year, fetched.body());
        try {
            LibraryFiles.writeAtomically(library.resolve(path), fetched.body());
        } catch (ImportException e) {
            LOG.warning("could not keep a copy of " + path + " in the library: " + e.getMessage());
        }
        return Optional.of(index);
    }

    /** The session a selector means, per the archive's season index (see {@link SessionResolver}). */
    public ArchiveSession resolve(SessionSelector selector) {
        return SessionResolver.resolve(selector, seasonIndex(selector.year()),
                client.urlOf(selector.year() + "/Index.json").toString());
    }

    /** The session's folder in the library. */
    public Path directoryOf(ArchiveSession session) {
        return library.resolve(ArchivePaths.sessionFolder(session.path()));
    }

    /** Resolves the selector, then imports that session. */
    public ImportResult importSession(SessionSelector selector, ImportListener listener) {
        return importSession(resolve(selector), listener);
    }

    /**
     * Imports a session. Topic files the archive lacks are recorded absent; a file that still fails after the
     * retries is recorded failed (the result is then not {@link ImportResult#complete()}). Throws
     * {@link ImportException} when the session cannot be planned or the archive has none of its files.
     */
    public ImportResult importSession(ArchiveSession session, ImportListener listener) {
        if (session.path() == null) {
            throw new ImportException(session.label() + " has no archive path");
        }
        Path dir = directoryOf(session);
        ImportResult result;
        try (FolderLock lock = FolderLock.acquire(dir)) {
            ImportManifest manifest = new ImportManifest(session, client.config().baseUrl().toString());
            ImportManifest.read(dir).ifPresent(previous -> previous.entries().forEach(manifest::put));
            SessionRun run = new SessionRun(client, session, dir, manifest, listener);
            List<PlannedFile> plan = run.plan();
            LOG.info("importing " + session.label() + " from " + client.urlOf(session.path()) + " into " + dir
                    + ": " + plan.size() + " files");
            result = run.fetchAll(plan);
        }
        if (result.withStatus(FileStatus.ABSENT).size() == result.files().size() && !result.sessionIndexPresent()) {
            discard(dir);
            throw new ImportException("the archive has none of the " + result.files().size() + " topic files of "
                    + session.label() + " under " + client.urlOf(session.path()) + " (is the session in the past, "
                    + "and the path right?)");
        }
        LOG.log(result.complete() ? Level.INFO : Level.WARNING, result.summary());
        return result;
    }

    /** Removes what an import that found nothing left behind, so that a later run asks the archive again. */
    private void discard(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(ImportManifest.FILE_NAME));
            Files.deleteIfExists(dir.resolve(FolderLock.FILE_NAME));
            for (Path d = dir; d != null && d.startsWith(library) && !d.equals(library); d = d.getParent()) {
                try (var entries = Files.list(d)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(d);
            }
        } catch (IOException e) {
            LOG.fine("could not tidy " + dir + ": " + e);
        }
    }

    static long progressEveryBytes() {
        return PROGRESS_EVERY_BYTES;
    }
}
