package dev.pitwall.timing.replayer;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps the session key that the race records carry to the replayer's id for the session. They differ: records
 * carry F1's session key ({@code 9693} for the bundled race) while the replayer names a session by its library
 * folder ({@code 2025-australian-grand-prix-race}); only a session whose folder has no {@code SessionInfo} is keyed
 * by its id. So: the session the replayer is playing when its key matches, else the first session of its library
 * with that key (or with that id). Found ids are kept ({@value #KEPT} at most).
 */
@ApplicationScoped
public class ReplayerSessions {

    static final int KEPT = 64;

    private final ReplayerClient client;
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    public ReplayerSessions(ReplayerClient client) {
        this.client = client;
    }

    /** The replayer's id of the session with this key, or empty when its library has none. */
    public Optional<String> idOf(String sessionKey) {
        String known = ids.get(sessionKey);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = playing(sessionKey).or(() -> inLibrary(sessionKey));
        found.ifPresent(id -> {
            if (ids.size() >= KEPT) {
                ids.clear();
            }
            ids.put(sessionKey, id);
        });
        return found;
    }

    private Optional<String> playing(String sessionKey) {
        ReplayerAnswer answer = client.status();
        if (!answer.ok()) {
            throw new ReplayerErrorException("the replayer answered GET /api/replay with " + ReplayerJson.error(answer));
        }
        JsonNode status = ReplayerJson.read("GET /api/replay", answer);
        if (sessionKey.equals(status.path("sessionKey").asText(null)) && status.hasNonNull("session")) {
            return Optional.of(status.get("session").asText());
        }
        return Optional.empty();
    }

    private Optional<String> inLibrary(String sessionKey) {
        ReplayerAnswer answer = client.sessions();
        if (!answer.ok()) {
            throw new ReplayerErrorException("the replayer answered GET /api/sessions with " + ReplayerJson.error(answer));
        }
        JsonNode sessions = ReplayerJson.read("GET /api/sessions", answer);
        String byId = null;
        for (JsonNode s : sessions) {
            String id = s.path("id").asText(null);
            if (id != null && sessionKey.equals(s.path("sessionKey").asText(null))) {
                return Optional.of(id);
            }
            if (byId == null && sessionKey.equals(id)) {
                byId = id;
            }
        }
        return Optional.ofNullable(byId);
    }
}
