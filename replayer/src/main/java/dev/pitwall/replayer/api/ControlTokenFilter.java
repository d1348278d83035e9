package dev.pitwall.replayer.api;

import dev.pitwall.replayer.config.ReplayerConfig;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Demands {@code Authorization: Bearer <token>} on every control call (anything but GET under {@code /api})
 * whenever a control token is configured. Status, health and metrics stay open.
 */
public class ControlTokenFilter {

    private final ReplayerConfig config;

    public ControlTokenFilter(ReplayerConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String token = config.control().token().filter(t -> !t.isBlank()).orElse(null);
        if (token == null || !request.getUriInfo().getPath().startsWith("/api")
                || HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ") && same(header.substring(7).trim(), token)) {
            return null;
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pitwall-control\"")
                .entity(ApiError.of(401, header == null ? "this control call needs 'Authorization: Bearer <token>'"
                        : "the control token is wrong"))
                .type("application/json").build();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
