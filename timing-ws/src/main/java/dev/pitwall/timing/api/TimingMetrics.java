package dev.pitwall.timing.api;

import dev.pitwall.timing.kafka.FeedRunner;
import dev.pitwall.timing.ws.RaceBroadcaster;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Puts the socket and the feed on {@code /q/metrics}: viewers, messages out, conflated updates, consumer lag. */
@ApplicationScoped
public class TimingMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, RaceBroadcaster broadcaster, FeedRunner feed) {
        Gauge.builder("pitwall.ws.clients", broadcaster, RaceBroadcaster::viewers)
                .description("Viewers connected to the race socket").register(registry);
        Gauge.builder("pitwall.ws.messages.sent", broadcaster, RaceBroadcaster::messagesSent)
                .description("Messages sent to viewers since start").register(registry);
        Gauge.builder("pitwall.ws.updates.conflated", broadcaster, RaceBroadcaster::updatesConflated)
                .description("Updates folded into a later one because a viewer was still busy").register(registry);
        Gauge.builder("pitwall.ws.viewers.closed.slow", broadcaster, RaceBroadcaster::closedSlow)
                .description("Viewers closed for not keeping up").register(registry);
        Gauge.builder("pitwall.feed.records", feed, f -> f.feed() == null ? 0 : f.feed().consumed())
                .description("Contract records read from Kafka").register(registry);
        Gauge.builder("pitwall.feed.bad.records", feed, f -> f.feed() == null ? 0 : f.feed().badRecords())
                .description("Records skipped because they could not be decoded").register(registry);
        Gauge.builder("pitwall.feed.lag", feed, f -> f.feed() == null ? 0 : f.feed().lag())
                .description("Records on the broker not yet read, over every partition").register(registry);
    }
}
