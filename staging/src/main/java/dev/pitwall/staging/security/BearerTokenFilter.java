package dev.pitwall.staging.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Demands {@code Authorization: Bearer <token>} on every mutating call (anything but GET and HEAD under
 * {@code /api}) whenever a token is configured. Status, health, metrics and OpenAPI stay open.
 */
public class BearerTokenFilter {

    private final ApiTokenConfig config;

    public BearerTokenFilter(ApiTokenConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String token = config.effectiveToken().orElse(null);
        String method = request.getMethod();
        if (token == null || !request.getUriInfo().getPath().startsWith("/api")
                || HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ") && same(header.substring(7).trim(), token)) {
            return null;
        }
        String error = header == null ? method + " " + request.getUriInfo().getPath()
                + " needs 'Authorization: Bearer <token>' (PITWALL_STAGING_TOKEN)" : "the bearer token is wrong";
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pitwall-staging\"")
                .entity(Map.of("status", 401, "error", error))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /** Constant-time comparison, so the answer's timing tells nothing about the token. */
    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
