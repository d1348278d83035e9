package dev.pitwall.timing.analysis;

import dev.pitwall.timing.api.ApiError;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Passes {@code GET /api/analysis/**} on to the staging service ({@code pitwall.staging.url}), so the analysis pages
 * timing-ws serves stay same-origin: staging's status, body and content type as they are. Staging unreachable, too
 * slow or failing at the connection is a 502 {@code {"error": ...}} the pages show.
 */
@Path("/api/analysis")
@Tag(name = "analysis", description = "The analysis API of the staging service, passed through")
public class AnalysisProxy {

    private static final Logger LOG = Logger.getLogger(AnalysisProxy.class);
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*");

    private final StagingConfig config;
    private final HttpClient http;

    public AnalysisProxy(StagingConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @GET
    @Path("/{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staging's GET /api/analysis/{path} (seasons, races, standings, lap-chart, tyres, pace,"
            + " pit-stops) with the same query, answered as staging answers it")
    @APIResponse(responseCode = "502", description = "Staging cannot be reached or did not answer in time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response get(@PathParam("path") String path, @Context UriInfo uri) {
        if (!PATH.matcher(path).matches()) {
            return ApiError.response(404, "no analysis view " + path);
        }
        String query = uri.getRequestUri().getRawQuery();
        String target = config.url().replaceAll("/+$", "") + "/api/analysis/" + path + (query == null ? "" : "?" + query);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(config.readTimeout())
                .header("Accept", MediaType.APPLICATION_JSON).GET().build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return Response.status(answer.statusCode())
                    .type(answer.headers().firstValue("Content-Type").orElse(MediaType.APPLICATION_JSON))
                    .entity(answer.body()).build();
        } catch (HttpTimeoutException e) {
            return unavailable("the staging service at " + config.url() + " did not answer GET /api/analysis/" + path
                    + " within " + config.readTimeout().toSeconds() + " s");
        } catch (IOException e) {
            String why = e instanceof ConnectException || e.getCause() instanceof ConnectException
                    ? "cannot be reached" : "failed (" + e + ")";
            return unavailable("the staging service at " + config.url() + " " + why + ", so there is no analysis data;"
                    + " is staging running (PITWALL_STAGING_URL)?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted while asking the staging service");
        }
    }

    private static Response unavailable(String message) {
        LOG.warn(message);
        return ApiError.response(502, message);
    }
}
