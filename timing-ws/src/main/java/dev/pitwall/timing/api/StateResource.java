package dev.pitwall.timing.api;

import dev.pitwall.timing.kafka.FeedRunner;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.RaceState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current race state as JSON: the same snapshot a WebSocket client receives first. */
@Path("/api/state")
@Produces(MediaType.APPLICATION_JSON)
public class StateResource {

    private final RaceState state;
    private final FeedRunner runner;

    public StateResource(RaceState state, FeedRunner runner) {
        this.state = state;
        this.runner = runner;
    }

    @GET
    @Operation(summary = "The race as it stands: tower, lap count, track status, race control, clock")
    public RaceSnapshot snapshot() {
        return state.snapshot();
    }

    @GET
    @Path("/feed")
    @Operation(summary = "The Kafka feed: records consumed, bad records skipped, records not yet read")
    public FeedStatus feed() {
        var feed = runner.feed();
        return feed == null ? new FeedStatus(0, 0, 0) : new FeedStatus(feed.consumed(), feed.badRecords(), feed.lag());
    }

    /** Counters of the Kafka feed. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record FeedStatus(long consumed, long badRecords, long lag) {
    }
}
