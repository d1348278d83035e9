package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;

/** A lap the {@link LapAssembler} saw completed, filled in as the feed sends its parts. */
final class CompletedLap {

    final String car;
    final int lap;
    final long crossingMs;
    final Long lapStartMs;
    final Long[] sectors;
    final Long pitInMs;
    final Long pitOutMs;
    final Double speedI1;
    final Double speedI2;
    final Double speedFl;
    final Double speedSt;
    Long lapTimeMs;
    boolean timeKnown;

    CompletedLap(String car, int lap, long crossingMs, Long lapStartMs, Long[] sectors, Long pitInMs, Long pitOutMs,
            JsonNode speeds) {
        this.car = car;
        this.lap = lap;
        this.crossingMs = crossingMs;
        this.lapStartMs = lapStartMs;
        this.sectors = sectors.clone();
        this.pitInMs = pitInMs;
        this.pitOutMs = pitOutMs;
        this.speedI1 = FeedValues.decimal(speeds.path("I1").get("Value"));
        this.speedI2 = FeedValues.decimal(speeds.path("I2").get("Value"));
        this.speedFl = FeedValues.decimal(speeds.path("FL").get("Value"));
        this.speedSt = FeedValues.decimal(speeds.path("ST").get("Value"));
    }
}
