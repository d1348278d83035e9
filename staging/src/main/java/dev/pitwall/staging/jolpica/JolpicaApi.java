package dev.pitwall.staging.jolpica;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The raw Jolpica REST client: one GET of an Ergast-format path, answered as a raw {@link Response} whose body
 * is read as a string. Package-private: callers go through {@link JolpicaClient}, which owns paging, the
 * request budget, retries and error mapping.
 */
@RegisterRestClient(configKey = "jolpica")
@Produces(MediaType.APPLICATION_JSON)
interface JolpicaApi {

    /** GET {@code {base}/{path}?limit=..&offset=..}; {@code path} is e.g. {@code 2025/1/results.json}. */
    @GET
    @Path("/{path: .+}")
    Response get(@PathParam("path") @Encoded String path,
                 @QueryParam("limit") int limit,
                 @QueryParam("offset") int offset);
}
