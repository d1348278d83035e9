package dev.pitwall.timing.replayer;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The part of the replayer's REST API timing-ws uses, as a REST client. Every call returns the raw response
 * (built with the default exception mapper off) so its status and body can be passed on as they are.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ReplayerApi {

    @GET
    @Path("/replay")
    Response status();

    @GET
    @Path("/sessions")
    Response sessions();

    @GET
    @Path("/sessions/{id}/track")
    Response track(@PathParam("id") String id);

    /** A control call ({@code pause}, {@code resume}, {@code speed}, {@code seek}); a null header or query is not sent. */
    @POST
    @Path("/replay/{action}")
    Response control(@PathParam("action") String action, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("value") String value, @QueryParam("lap") String lap,
            @QueryParam("sessionTimeMs") String sessionTimeMs);

    /** Starts a replay: the JSON body ({@code session}, {@code speed}, {@code fromLap}, ...) as the caller sent it. */
    @POST
    @Path("/replay/start")
    @Consumes(MediaType.APPLICATION_JSON)
    Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

    @GET
    @Path("/library/archive/{year}")
    Response archiveSeason(@PathParam("year") int year);

    @GET
    @Path("/library/import")
    Response importStatus();

    /** Starts an import from F1's archive: the JSON body ({@code year, meeting, session}, ...) as the caller sent it. */
    @POST
    @Path("/library/import")
    @Consumes(MediaType.APPLICATION_JSON)
    Response startImport(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);
}
