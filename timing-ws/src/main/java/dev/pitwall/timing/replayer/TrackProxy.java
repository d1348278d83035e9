package dev.pitwall.timing.replayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The circuit map of a session, fetched from the replayer ({@code GET /api/sessions/{id}/track}) and kept per
 * session ({@value #KEPT} at most, the least recently asked for going first): the replayer's JSON as it is, plus
 * {@code sessionKey}. Absent maps are not kept, so a map added to the library shows up on the next call.
 */
@ApplicationScoped
public class TrackProxy {

    static final int KEPT = 8;

    private final ReplayerClient client;
    private final ReplayerSessions sessions;
    private final Map<String, String> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    public TrackProxy(ReplayerClient client, ReplayerSessions sessions) {
        this.client = client;
        this.sessions = sessions;
    }

    /**
     * The map of the session with this key as JSON: {@link NoTrackException} when the replayer has none,
     * {@link ReplayerUnavailableException} when it cannot be reached, {@link ReplayerErrorException} when it
     * answers something else.
     */
    public String track(String sessionKey) {
        synchronized (cache) {
            String cached = cache.get(sessionKey);
            if (cached != null) {
                return cached;
            }
        }
        String id = sessions.idOf(sessionKey).orElseThrow(() -> new NoTrackException("the replayer at " + client.url()
                + " has no session with key " + sessionKey + " in its library, so no track for it"));
        ReplayerAnswer answer = client.track(id);
        if (answer.status() == 404) {
            throw new NoTrackException(ReplayerJson.error(answer));
        }
        if (!answer.ok()) {
            throw new ReplayerErrorException("the replayer answered GET /api/sessions/" + id + "/track with "
                    + ReplayerJson.error(answer));
        }
        JsonNode track = ReplayerJson.read("GET /api/sessions/" + id + "/track", answer);
        if (!(track instanceof ObjectNode o) || !track.path("outline").isArray()) {
            throw new ReplayerErrorException("the replayer's track of " + id + " has no outline");
        }
        o.put("sessionKey", sessionKey);
        String body = o.toString();
        synchronized (cache) {
            cache.put(sessionKey, body);
        }
        return body;
    }
}
