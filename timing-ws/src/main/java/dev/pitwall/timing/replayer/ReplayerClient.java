package dev.pitwall.timing.replayer;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Calls the replayer's REST API with the configured timeouts and gives back its status and body as they are. A
 * replayer that cannot be reached or does not answer in time is a {@link ReplayerUnavailableException} naming the
 * URL. The {@code Authorization} header of a control call is sent on unchanged and never logged.
 */
@ApplicationScoped
public class ReplayerClient {

    private final ReplayerApi api;
    private final String url;

    public ReplayerClient(ReplayerConfig config) {
        this.url = config.url();
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.url()))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(ReplayerApi.class);
    }

    /** The replayer's base URL. */
    public String url() {
        return url;
    }

    /** {@code GET /api/replay}. */
    public ReplayerAnswer status() {
        return call("GET /api/replay", api::status);
    }

    /** {@code GET /api/sessions}. */
    public ReplayerAnswer sessions() {
        return call("GET /api/sessions", api::sessions);
    }

    /** {@code GET /api/sessions/{id}/track}. */
    public ReplayerAnswer track(String id) {
        return call("GET /api/sessions/" + id + "/track", () -> api.track(id));
    }

    /** {@code POST /api/replay/{action}} with the caller's {@code Authorization} header (null: none) and query. */
    public ReplayerAnswer control(String action, String authorization, String value, String lap, String sessionTimeMs) {
        return call("POST /api/replay/" + action, () -> api.control(action, authorization, value, lap, sessionTimeMs));
    }

    /** {@code POST /api/replay/start} with the caller's {@code Authorization} header (null: none) and JSON body. */
    public ReplayerAnswer start(String authorization, String body) {
        return call("POST /api/replay/start", () -> api.start(authorization, body));
    }

    /** {@code GET /api/library/archive/{year}}: a season's sessions in F1's archive. */
    public ReplayerAnswer archiveSeason(int year) {
        return call("GET /api/library/archive/" + year, () -> api.archiveSeason(year));
    }

    /** {@code GET /api/library/import}: the current or last import. */
    public ReplayerAnswer importStatus() {
        return call("GET /api/library/import", api::importStatus);
    }

    /** {@code POST /api/library/import} with the caller's {@code Authorization} header (null: none) and JSON body. */
    public ReplayerAnswer startImport(String authorization, String body) {
        return call("POST /api/library/import", () -> api.startImport(authorization, body));
    }

    private ReplayerAnswer call(String what, Supplier<Response> request) {
        try (Response r = request.get()) {
            return new ReplayerAnswer(r.getStatus(), r.hasEntity() ? r.readEntity(String.class) : "");
        } catch (ProcessingException e) {
            throw new ReplayerUnavailableException(describe(what, e), e);
        }
    }

    private String describe(String what, Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return "the replayer at " + url + " cannot be reached (" + what + "): " + c.getMessage();
            }
            if (c instanceof TimeoutException || c.getClass().getSimpleName().contains("Timeout")) {
                return "the replayer at " + url + " did not answer " + what + " in time";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "the replayer at " + url + " cannot be reached (" + what + "): " + root.getMessage();
    }
}
