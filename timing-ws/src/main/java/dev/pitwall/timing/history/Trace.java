package dev.pitwall.timing.history;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A car's telemetry over one lap against distance from the lap start, for drawing speed, throttle, brake and
 * gear traces. Arrays are index-aligned, one entry per sample; a channel the sample lacked is null.
 *
 * @param car                 car number
 * @param lap                 lap number
 * @param kind                {@code current} (the lap in progress, so far) or {@code best}
 * @param lapTimeMs           the lap's time for {@code best}; null for {@code current}
 * @param source              the samples' source: {@code fastf1} (brake 0/1) or {@code cardata} (brake as recorded)
 * @param distanceSource      {@code recorded} (the samples' own distance) or {@code derived} (speed integrated over time)
 * @param samples             number of samples
 * @param startSessionTimeMs  session time of the first sample
 * @param distance            metres from the lap start
 * @param speed               km/h
 * @param throttle            %
 * @param brake               as recorded
 * @param gear                gear
 * @param timeMs              ms since the first sample
 */
@RegisterForReflection
public record Trace(String car, int lap, String kind, Long lapTimeMs, String source, String distanceSource,
        int samples, Long startSessionTimeMs, double[] distance, Double[] speed, Double[] throttle, Integer[] brake,
        Integer[] gear, long[] timeMs) {
}
