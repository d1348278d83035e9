package dev.pitwall.replayer.session;

import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.replayer.config.ReplayerConfig;
import dev.pitwall.replayer.model.SkippedLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The race library as the service sees it: lists the recorded sessions and loads one (keeping the last
 * two loaded, since loading a full race with telemetry takes seconds).
 */
@ApplicationScoped
public class SessionLibrary {

    private static final Logger LOG = Logger.getLogger(SessionLibrary.class);
    private static final int CACHED = 2;

    private final ReplayerConfig config;
    private final SessionCatalog catalog;
    private final Map<String, RecordedSession> cache = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RecordedSession> eldest) {
            return size() > CACHED;
        }
    };

    public SessionLibrary(ReplayerConfig config) {
        this.config = config;
        this.catalog = new SessionCatalog(config.library().dirs().stream().map(d -> Path.of(d).toAbsolutePath().normalize()).toList());
    }

    /** Every session the library holds, with what its files say about it. */
    public List<SessionSummary> list() {
        return catalog.sessions().entrySet().stream().map(e -> SessionSummary.of(e.getKey(), e.getValue())).toList();
    }

    /** The summary of one session, or {@link UnknownSessionException}. */
    public SessionSummary summary(String id) {
        return SessionSummary.of(id, catalog.folder(id));
    }

    /** Loads (or returns the cached) session. */
    public synchronized RecordedSession load(String id) {
        RecordedSession cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        Path folder = catalog.folder(id);
        long t0 = System.nanoTime();
        RecordedSession session;
        try (MdcScope log = MdcScope.of(MdcScope.LIBRARY_ID, id)) {
            session = SessionLoader.load(id, folder, config.replay().badLines());
        }
        try (MdcScope log = session.logContext()) {
            LOG.infof("loaded %s: %d records in %d ms (%d corrupt lines skipped)", id, session.events().size(),
                    (System.nanoTime() - t0) / 1_000_000, session.skipped().size());
            for (SkippedLine s : session.skipped()) {
                try (MdcScope car = MdcScope.of(MdcScope.CAR, s.car())) {
                    LOG.warnf("skipped %s", s);
                }
            }
        }
        cache.put(id, session);
        // A loaded race is hundreds of MB of young objects: promoting them now, in one collection, keeps the
        // copying pauses out of the replay that follows (they made records tens of ms late).
        System.gc();
        return session;
    }

    public SessionCatalog catalog() {
        return catalog;
    }
}
