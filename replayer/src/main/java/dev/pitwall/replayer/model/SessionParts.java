package dev.pitwall.replayer.model;

import dev.pitwall.contract.RaceEvent;
import java.util.List;

/**
 * What one source (live-timing files, a FastF1 export) contributes to a session: its events (in any
 * order, sequence numbers not yet given), the cars it knows, the laps it says the race has, and which kinds
 * of data it really holds. Nothing here is invented to fill a gap: a kind the source lacks is flagged
 * false and has no events.
 */
public record SessionParts(
        List<TimedEvent> events,
        List<RaceEvent.Driver> drivers,
        Integer totalLaps,
        boolean carData,
        boolean positions,
        boolean timingFeed,
        boolean laps,
        boolean weather,
        List<SkippedLine> skipped,
        List<String> notes) {
}
