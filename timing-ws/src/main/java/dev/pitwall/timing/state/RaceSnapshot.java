package dev.pitwall.timing.state;

import dev.pitwall.contract.RaceEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * The whole race state at one instant, immutable: what a browser needs to draw the race from scratch.
 *
 * <p>{@code version} rises with every change applied to the state (it restarts at a reset), so a diff can say
 * which snapshot it applies to. {@code ts} is the Kafka timestamp (epoch ms) of the newest record applied into
 * this state (0 when none carried one, e.g. a state built by hand); it says how fresh the data is. {@code rows}
 * are sorted by position; {@code raceControl} holds the last
 * {@value RaceState#RACE_CONTROL_KEPT} messages, oldest first.
 */
@RegisterForReflection
public record RaceSnapshot(
        long version,
        long ts,
        String sessionKey,
        Long sessionTimeMs,
        Instant utc,
        RaceEvent.LapCount lapCount,
        RaceEvent.TrackStatus trackStatus,
        RaceEvent.SessionStatus sessionStatus,
        List<RaceEvent.Driver> drivers,
        List<CarRow> rows,
        List<RaceEvent.RaceControl> raceControl,
        RaceEvent.Weather weather,
        RaceEvent.DataAvailability availability,
        ReplayClock clock) {

    /** The snapshot of a state that has seen nothing. */
    public static RaceSnapshot empty() {
        return new RaceSnapshot(0, 0, null, null, null, null, null, null, List.of(), List.of(), List.of(), null, null,
                new ReplayClock(null, false));
    }
}
