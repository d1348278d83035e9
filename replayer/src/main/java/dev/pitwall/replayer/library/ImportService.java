package dev.pitwall.replayer.library;

import dev.pitwall.replayer.config.ReplayerConfig;
import dev.pitwall.replayer.session.SessionCatalog;
import dev.pitwall.replayer.session.SessionLibrary;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * The service's side of the archive importer: runs one {@link LiveTimingImporter} import at a time on a
 * background thread, into {@code pitwall.library.import-dir} from {@code pitwall.library.archive-base-url},
 * keeps its {@link ImportStatus} and writes its progress to the log. The session is resolved against the
 * season index on that thread too, so a selector the index does not know ends as a FAILED status whose error
 * lists the season's sessions. It is the only class of this package that needs Quarkus.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** How often a file still arriving is reported in the log (files finished are always reported). */
    private static final long DOWNLOAD_LOG_EVERY_MS = 5_000;

    private final ArchiveConfig archive;
    private final LiveTimingImporter importer;
    private final SessionCatalog catalog;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "library-import");
        t.setDaemon(true);
        return t;
    });
    private volatile ImportStatus status = ImportStatus.idle();
    private long lastDownloadLogMs;

    public ImportService(ReplayerConfig config, SessionLibrary library) {
        this.archive = ArchiveConfig.defaults().withBaseUrl(config.library().archiveBaseUrl());
        this.importer = new LiveTimingImporter(Path.of(config.library().importDir()), archive);
        this.catalog = library.catalog();
    }

    /** Starts importing the session; {@link IllegalStateException} when an import is already running. */
    public synchronized ImportStatus start(SessionSelector selector) {
        ImportStatus now = status;
        if (now.state() == ImportState.RUNNING) {
            throw new IllegalStateException("an import is already running: " + now.session() + " (" + now.filesDone()
                    + "/" + now.filesTotal() + " files); one runs at a time, see GET /api/library/import");
        }
        ImportStatus begun = ImportStatus.running(ImportRequest.describe(selector), Instant.now());
        status = begun;
        try {
            worker.execute(() -> run(selector));
        } catch (RejectedExecutionException e) {
            status = begun.failed("the service is shutting down", Instant.now());
            throw new IllegalStateException("the service is shutting down: no import can start");
        }
        LOG.infof("import of %s into %s started", begun.request(), importer.library());
        return begun;
    }

    /** The current (or last) import. */
    public ImportStatus status() {
        return status;
    }

    /** A season's sessions from the archive's index, or empty when the archive has no index for it. */
    public Optional<SeasonListing> season(int year) {
        return importer.seasonIndex(year).map(index -> {
            Map<String, Path> library = catalog.sessions();
            return new SeasonListing(year, archive.baseUrl().toString() + year + "/Index.json", index.sessions().stream()
                    .map(s -> new SeasonListing.Entry(s.meeting(), s.key(), s.displayName(), s.type(), s.startDate(),
                            s.path(), s.path() == null ? null : idOf(library, importer.directoryOf(s)).orElse(null)))
                    .toList());
        });
    }

    private void run(SessionSelector selector) {
        String asked = status.request();
        try {
            ArchiveSession session = importer.resolve(selector);
            Path dir = importer.directoryOf(session);
            update(s -> s.resolved(session, archive.baseUrl().toString() + ArchivePaths.urlEncode(session.path()), dir.toString()));
            LOG.infof("import of %s: %s from %s", asked, session.label(), status.archiveUrl());
            lastDownloadLogMs = 0;
            ImportResult result = importer.importSession(session, progress -> {
                update(s -> s.progress(progress));
                log(session, progress);
            });
            Optional<String> id = idOf(catalog.sessions(), result.directory());
            String note = id.isPresent() ? null : "the import folder " + importer.library() + " is not below any of "
                    + "pitwall.library.dirs " + catalog.roots() + ", so GET /api/sessions does not list this session";
            update(s -> s.finished(result, id.orElse(null), note, Instant.now()));
            ImportStatus end = status;
            if (end.state() == ImportState.DONE) {
                LOG.infof("import of %s done: %d files (%s), %d downloaded now, %d absent from the archive; library id %s",
                        session.label(), end.filesTotal() - end.absent(), ImportProgress.bytes(end.bytes()),
                        end.downloaded(), end.absent(), end.sessionId());
            } else {
                LOG.warnf("import of %s incomplete: %d files failed (a new import fetches only what is missing)",
                        session.label(), end.failed());
            }
            if (note != null) {
                LOG.warn(note);
            }
        } catch (ImportException e) {
            update(s -> s.failed(e.getMessage(), Instant.now()));
            LOG.errorf("import of %s failed: %s", asked, e.getMessage());
        } catch (RuntimeException e) {
            update(s -> s.failed(e.toString(), Instant.now()));
            LOG.errorf(e, "import of %s failed", asked);
        }
    }

    private synchronized void update(UnaryOperator<ImportStatus> change) {
        status = change.apply(status);
    }

    private void log(ArchiveSession session, ImportProgress p) {
        if (p.step() == ImportProgress.Step.DOWNLOADING) {
            long now = System.currentTimeMillis();
            if (now - lastDownloadLogMs < DOWNLOAD_LOG_EVERY_MS) {
                return;
            }
            lastDownloadLogMs = now;
        }
        if (p.step() == ImportProgress.Step.FAILED) {
            LOG.warnf("import of %s: %s", session.label(), p.line());
        } else {
            LOG.infof("import of %s: %s", session.label(), p.line());
        }
    }

    /** The library id of a session folder, as {@code GET /api/sessions} lists it. */
    private static Optional<String> idOf(Map<String, Path> library, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        return library.entrySet().stream().filter(e -> same(e.getValue(), target)).map(Map.Entry::getKey).findFirst();
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b)) {
            return true;
        }
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
