package dev.pitwall.timing.api;

import dev.pitwall.timing.kafka.FeedRunner;
import dev.pitwall.timing.ws.RaceBroadcaster;
import dev.pitwall.timing.ws.RaceBroadcaster.ViewerStats;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Meter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the socket and the feed on {@code /q/metrics}: viewers, messages out, conflated updates, consumer lag,
 * and per viewer:
 * <ul>
 * <li>{@code pitwall_ws_viewers_by_conflated{le="N"}}: connected viewers with at most N conflated updates
 * (N = 0, 1, 10, 100, 1000, +Inf), a histogram of the viewers now connected, refreshed every second;</li>
 * <li>{@code pitwall_ws_viewer_conflated{viewer="<id>"}}: the conflated updates of each of the
 * {@code timing.ws.metrics-top-viewers} most conflated viewers connected (id = first 8 characters of the
 * connection id, as in the logs); a viewer's series goes when it leaves or drops out of the top;</li>
 * <li>{@code pitwall_ws_viewer_conflated_at_leave}: a summary (with buckets) of each viewer's conflated
 * updates over its whole connection, recorded when it leaves.</li>
 * </ul>
 * Cardinality stays bounded whatever the number of viewers. With at most one message in flight per viewer an
 * update a viewer cannot take is never queued and never lost: it is folded into the next ("conflated"), so
 * conflated is also the count of updates that viewer skipped.
 *
 * <p>The meters go again at shutdown: the registry may outlive the application in the same JVM (dev-mode reloads,
 * the tests' restarts between profiles), and a gauge left behind would go on reading the beans of a stopped
 * application (NaN), while registering it again returns the old one.
 */
@ApplicationScoped
public class TimingMetrics {

    private final List<Meter> meters = new ArrayList<>();
    private MeterRegistry registry;
    private MultiGauge top;

    void unregister(@Observes ShutdownEvent event) {
        if (registry == null) {
            return;
        }
        if (top != null) {
            top.register(List.of(), true);
        }
        meters.forEach(registry::remove);
        meters.clear();
    }

    void register(@Observes StartupEvent event, MeterRegistry registry, RaceBroadcaster broadcaster, FeedRunner feed) {
        this.registry = registry;
        // Strong references: a gauge holds its object weakly by default, and a CDI client proxy nothing else holds
        // is collected, after which the gauge reads NaN (seen under the full test suite's memory pressure).
        meters.add(Gauge.builder("pitwall.ws.clients", broadcaster, RaceBroadcaster::viewers)
                .description("Viewers connected to the race socket").strongReference(true).register(registry));
        meters.add(Gauge.builder("pitwall.ws.messages.sent", broadcaster, RaceBroadcaster::messagesSent)
                .description("Messages sent to viewers since start").strongReference(true).register(registry));
        meters.add(Gauge.builder("pitwall.ws.messages.encoded", broadcaster, RaceBroadcaster::messagesEncoded)
                .description("Distinct messages serialised to JSON since start, each sent to any number of viewers")
                .strongReference(true).register(registry));
        meters.add(Gauge.builder("pitwall.ws.updates.conflated", broadcaster, RaceBroadcaster::updatesConflated)
                .description("Updates folded into a later one because a viewer was still busy").strongReference(true).register(registry));
        meters.add(Gauge.builder("pitwall.ws.viewers.closed.slow", broadcaster, RaceBroadcaster::closedSlow)
                .description("Viewers closed for not keeping up").strongReference(true).register(registry));
        meters.add(Gauge.builder("pitwall.feed.records", feed, f -> f.feed() == null ? 0 : f.feed().consumed())
                .description("Contract records read from Kafka").strongReference(true).register(registry));
        meters.add(Gauge.builder("pitwall.feed.bad.records", feed, f -> f.feed() == null ? 0 : f.feed().badRecords())
                .description("Records skipped because they could not be decoded").strongReference(true).register(registry));
        meters.add(Gauge.builder("pitwall.feed.lag", feed, f -> f.feed() == null ? 0 : f.feed().lag())
                .description("Records on the broker not yet read, over every partition").strongReference(true).register(registry));

        for (int i = 0; i <= ViewerStats.BOUNDS.length; i++) {
            int bucket = i;
            String le = i < ViewerStats.BOUNDS.length ? Long.toString(ViewerStats.BOUNDS[i]) : "+Inf";
            meters.add(Gauge.builder("pitwall.ws.viewers.by.conflated", broadcaster, b -> {
                ViewerStats s = b.viewerStats();
                return bucket < ViewerStats.BOUNDS.length ? s.atMost()[bucket] : s.viewers();
            }).tag("le", le).description("Connected viewers with at most le conflated updates (refreshed every second)")
                    .strongReference(true).register(registry));
        }
        top = MultiGauge.builder("pitwall.ws.viewer.conflated")
                .description("Conflated updates of the most conflated connected viewers, by viewer id").register(registry);
        DistributionSummary atLeave = DistributionSummary.builder("pitwall.ws.viewer.conflated.at.leave")
                .description("Conflated updates over a viewer's connection, recorded when it leaves")
                .serviceLevelObjectives(1, 10, 100, 1000).register(registry);
        meters.add(atLeave);
        broadcaster.listen(new RaceBroadcaster.ViewerListener() {
            @Override
            public void left(String viewerId, long sent, long conflated) {
                atLeave.record(conflated);
            }

            @Override
            public void stats(ViewerStats stats) {
                top.register(stats.top().stream()
                        .map(t -> MultiGauge.Row.of(Tags.of("viewer", t.viewerId()), t.conflated())).toList(), true);
            }
        });
    }
}
