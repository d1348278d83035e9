package dev.pitwall.contract;

import java.util.List;

/**
 * Kafka topic names and partition layout of the Pitwall event contract (see docs/events.md).
 *
 * <p>Per-car topics are keyed by car number and carry one partition per car; session-wide topics are
 * keyed by session key and have a single partition so their order is total.
 */
public final class Topics {

    /** Car telemetry and positions, one record per sample, keyed by car number. */
    public static final String CAR_SAMPLES = "pitwall.car-samples";
    /** Completed laps, one record per car and lap, keyed by car number. */
    public static final String LAPS = "pitwall.laps";
    /** Timing updates (position, gap, interval, sectors, pit flags), keyed by car number. */
    public static final String TIMING = "pitwall.timing";
    /** Session-wide race events (race control, track status, lap count, ...), keyed by session key. */
    public static final String RACE_EVENTS = "pitwall.race-events";
    /** The replay clock (start, keyframe, play, pause, seek, speed, end), keyed by session key. */
    public static final String REPLAY_CLOCK = "pitwall.replay-clock";

    /** Topics keyed by car number. */
    public static final List<String> PER_CAR = List.of(CAR_SAMPLES, LAPS, TIMING);
    /** Topics keyed by session key. */
    public static final List<String> SESSION_WIDE = List.of(RACE_EVENTS, REPLAY_CLOCK);
    /** Every topic of the contract. */
    public static final List<String> ALL = List.of(CAR_SAMPLES, LAPS, TIMING, RACE_EVENTS, REPLAY_CLOCK);

    /** Partitions of a per-car topic by default: one per car of a 22-car grid. */
    public static final int DEFAULT_CAR_PARTITIONS = 22;
    /** Partitions of a session-wide topic: one, so the session's order is total. */
    public static final int SESSION_PARTITIONS = 1;

    private Topics() {
    }

    /** Whether a topic is keyed by car number. */
    public static boolean isPerCar(String topic) {
        return PER_CAR.contains(topic);
    }
}
