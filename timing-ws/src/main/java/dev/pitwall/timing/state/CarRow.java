package dev.pitwall.timing.state;

import dev.pitwall.contract.RaceEvent;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * One row of the timing tower: a car's place, gaps, laps, sectors, tyres, pit state and where it is on the map.
 *
 * <p>{@code position} is the row's place in the tower (1-based). {@code sectors} always has three entries (the
 * last completed lap's). {@code tyreAge} is laps on the current set. {@code x}/{@code y} are the last known map
 * position (1/10 m) and {@code positionSource} the source of that sample. {@code telemetry} is null when no
 * sample with telemetry channels has arrived. {@code stints} are the car's tyre stints so far, in order (from the
 * feed's TYRE_STINT events; empty when the source has none).
 */
@RegisterForReflection
public record CarRow(
        String car,
        String code,
        String team,
        String teamColour,
        int position,
        Integer lapsCompleted,
        String gapText,
        String intervalText,
        Long gapToLeaderMs,
        Long intervalMs,
        Long lastLapMs,
        Long bestLapMs,
        Integer bestLapNumber,
        List<SectorTime> sectors,
        String compound,
        Integer tyreAge,
        Integer stint,
        Integer pitStops,
        boolean inPit,
        boolean pitOut,
        boolean retired,
        Double x,
        Double y,
        String positionSource,
        Telemetry telemetry,
        List<RaceEvent.TyreStint> stints) {
}
