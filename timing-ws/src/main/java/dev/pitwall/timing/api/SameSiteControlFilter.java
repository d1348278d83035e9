package dev.pitwall.timing.api;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.pitwall.timing.ws.WsConfig;

/**
 * Refuses replay control posted from another site. With viewer control on, a control call needs no token, so
 * without this any page a viewer opens could pause or seek the race with a plain form post. A browser names the
 * page's origin on every POST: the call is taken when that origin is the race view's own (its host and port are
 * the request's {@code Host}) or is listed by name in {@code TIMING_WS_ALLOWED_ORIGINS} ({@code *} does not
 * count here). A call without an {@code Origin} header (curl, scripts) is not a browser's and goes on.
 */
public class SameSiteControlFilter {

    private final WsConfig config;

    public SameSiteControlFilter(WsConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/control")) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank() || allowed(origin, request.getHeaderString(HttpHeaders.HOST),
                config.allowedOrigins())) {
            return null;
        }
        return ApiError.response(403, "replay control from another site (" + origin + ") is refused: open the race "
                + "view itself, or list that origin in TIMING_WS_ALLOWED_ORIGINS");
    }

    static boolean allowed(String origin, String host, List<String> listed) {
        if (listed.contains(origin)) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || (uri.getPort() < 0 && uri.getHost().equalsIgnoreCase(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
