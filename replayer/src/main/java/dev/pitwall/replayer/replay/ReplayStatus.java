package dev.pitwall.replayer.replay;

import dev.pitwall.contract.RaceEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the replayer is doing, for the status endpoint and the log: the session, the race clock, progress
 * (lap x of N, %, events/s), how late records go out against their schedule, and the broker's state.
 * {@code controlTokenRequired} says whether control calls need {@code Authorization: Bearer <token>}, so a
 * front end knows whether to ask for one (it tells no more than a control call's 401 would).
 */
@RegisterForReflection
public record ReplayStatus(
        ReplayState state,
        String session,
        String sessionKey,
        String sessionName,
        String speed,
        long sessionTimeMs,
        Instant utc,
        int lap,
        Integer totalLaps,
        double percent,
        long eventsSent,
        long eventsTotal,
        double eventsPerSecond,
        double lagMs,
        double sendLagP50Ms,
        double sendLagP99Ms,
        long sendLagSamples,
        boolean brokerAvailable,
        long recordsInFlight,
        long recordsFailed,
        String partitioning,
        Map<String, Integer> partitions,
        Map<String, Long> eventsPerTopic,
        long skippedLines,
        RaceEvent.DataAvailability availability,
        Instant startedAt,
        Instant finishedAt,
        List<String> messages,
        boolean controlTokenRequired) {

    /** The status before any replay. */
    public static ReplayStatus idle(boolean brokerAvailable, boolean controlTokenRequired) {
        return new ReplayStatus(ReplayState.IDLE, null, null, null, null, 0, null, 0, null, 0, 0, 0, 0, 0, 0, 0, 0,
                brokerAvailable, 0, 0, null, Map.of(), Map.of(), 0, null, null, null, List.of(), controlTokenRequired);
    }
}
