package dev.pitwall.replayer.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One import pass over one session folder: plans the files, then fetches each one not already settled. */
final class SessionRun {

    private static final Logger LOG = Logger.getLogger(LiveTimingImporter.class.getName());

    private final ArchiveClient client;
    private final ArchiveSession session;
    private final Path dir;
    private final ImportManifest manifest;
    private final ImportListener listener;
    private boolean sessionIndexPresent;

    SessionRun(ArchiveClient client, ArchiveSession session, Path dir, ImportManifest manifest,
            ImportListener listener) {
        this.client = client;
        this.session = session;
        this.dir = dir;
        this.manifest = manifest;
        this.listener = listener;
    }

    /** The files to fetch: per the session's Index.json (kept in the library), else every known topic. */
    List<PlannedFile> plan() {
        PlannedFile index = SessionFilePlanner.SESSION_INDEX;
        Path local = dir.resolve(index.file());
        Optional<ManifestEntry> known = manifest.entry(index.file());
        if (known.isEmpty() || known.get().status() == FileStatus.FAILED
                || (known.get().status() == FileStatus.DONE && !settled(known.get()))) {
            ArchiveClient.Fetched<LibraryFiles.Written> fetched =
                    LibraryFiles.download(client, session.path() + index.file(), local, bytes -> { });
            manifest.put(fetched.present() ? ManifestEntry.done(index, fetched.body().bytes(), fetched.body().sha256())
                    : ManifestEntry.absent(index, fetched.status()));
        }
        manifest.write(dir);
        sessionIndexPresent = manifest.entry(index.file()).orElseThrow().status() == FileStatus.DONE;
        if (!sessionIndexPresent) {
            return SessionFilePlanner.fallback();
        }
        try {
            return SessionFilePlanner.fromIndex(Files.readAllBytes(local), local.toString());
        } catch (IOException e) {
            throw new ImportException("cannot read " + local + ": " + e, e);
        }
    }

    /** Fetches every planned file not already done or known absent, saving the manifest after each. */
    ImportResult fetchAll(List<PlannedFile> plan) {
        List<ManifestEntry> entries = new ArrayList<>();
        int downloaded = 0;
        int alreadyPresent = 0;
        long bytesDone = 0;
        for (PlannedFile file : plan) {
            ManifestEntry entry = manifest.entry(file.file()).filter(this::settled).orElse(null);
            ImportProgress.Step step;
            if (entry != null) {
                step = entry.status() == FileStatus.DONE ? ImportProgress.Step.ALREADY_PRESENT : ImportProgress.Step.ABSENT;
                alreadyPresent += entry.status() == FileStatus.DONE ? 1 : 0;
            } else {
                entry = fetch(file, entries.size(), plan.size(), bytesDone);
                manifest.put(entry);
                manifest.write(dir);
                step = switch (entry.status()) {
                    case DONE -> ImportProgress.Step.DOWNLOADED;
                    case ABSENT -> ImportProgress.Step.ABSENT;
                    case FAILED -> ImportProgress.Step.FAILED;
                };
                downloaded += entry.status() == FileStatus.DONE ? 1 : 0;
            }
            entries.add(entry);
            bytesDone += entry.bytes();
            report(new ImportProgress(session.path(), file.file(), step, entries.size(), plan.size(), bytesDone));
        }
        manifest.complete(entries.stream().noneMatch(e -> e.status() == FileStatus.FAILED));
        manifest.write(dir);
        return new ImportResult(session, dir, sessionIndexPresent, entries, downloaded, alreadyPresent);
    }

    /** Done and still intact on disk, or known absent: nothing to fetch. */
    private boolean settled(ManifestEntry e) {
        return e.status() == FileStatus.ABSENT
                || (e.status() == FileStatus.DONE && LibraryFiles.intact(dir.resolve(e.file()), e.bytes(), e.sha256()));
    }

    private ManifestEntry fetch(PlannedFile file, int filesDone, int filesTotal, long bytesBefore) {
        long[] nextReport = {LiveTimingImporter.progressEveryBytes()};
        try {
            ArchiveClient.Fetched<LibraryFiles.Written> fetched = LibraryFiles.download(client,
                    session.path() + file.file(), dir.resolve(file.file()), received -> {
                        if (received >= nextReport[0]) {
                            nextReport[0] = received + LiveTimingImporter.progressEveryBytes();
                            report(new ImportProgress(session.path(), file.file(), ImportProgress.Step.DOWNLOADING,
                                    filesDone, filesTotal, bytesBefore + received));
                        }
                    });
            return fetched.present() ? ManifestEntry.done(file, fetched.body().bytes(), fetched.body().sha256())
                    : ManifestEntry.absent(file, fetched.status());
        } catch (ImportException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            LibraryFiles.deleteQuietly(LibraryFiles.partOf(dir.resolve(file.file())));
            return ManifestEntry.failed(file, e.getMessage());
        }
    }

    private void report(ImportProgress progress) {
        LOG.log(progress.step() == ImportProgress.Step.DOWNLOADING ? Level.FINE : Level.INFO, progress::line);
        listener.onProgress(progress);
    }
}
