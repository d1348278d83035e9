package dev.pitwall.staging.sink;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/sink}: the Kafka sink's state, read-only. */
@Path("/api/sink")
public class SinkResource {

    @Inject
    SinkStats stats;

    @Inject
    SinkConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SinkStatus status() {
        return stats.status(config);
    }
}
