package dev.pitwall.replayer.track;

import dev.pitwall.replayer.session.SessionLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The circuit maps of the library's sessions, read once per session folder and kept (a map is a few hundred
 * points; at most {@value #CACHED} are kept, the least recently asked for going first). A session without an
 * outline is not remembered as such, so a track added to its folder shows up on the next call.
 */
@ApplicationScoped
public class TrackLibrary {

    static final int CACHED = 32;

    private final SessionLibrary library;
    private final Map<Path, TrackMap> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, TrackMap> eldest) {
            return size() > CACHED;
        }
    };

    public TrackLibrary(SessionLibrary library) {
        this.library = library;
    }

    /**
     * The map of session {@code id}; {@link dev.pitwall.replayer.session.UnknownSessionException} for an id the
     * library lacks, {@link NoTrackException} when its folder has no outline.
     */
    public TrackMap track(String id) {
        Path folder = library.catalog().folder(id);
        synchronized (cache) {
            TrackMap cached = cache.get(folder);
            if (cached != null && cached.session().equals(id)) {
                return cached;
            }
        }
        TrackMap read = TrackReader.read(id, folder).orElseThrow(() -> new NoTrackException(id));
        synchronized (cache) {
            cache.put(folder, read);
        }
        return read;
    }
}
