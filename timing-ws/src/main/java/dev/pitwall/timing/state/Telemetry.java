package dev.pitwall.timing.state;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The telemetry channels of a car's last sample that had them; a channel the source lacks stays null.
 * {@code source} is the sample's source ({@code fastf1} or {@code cardata}), which says how to read brake and drs.
 */
@RegisterForReflection
public record Telemetry(String source, Double speed, Double rpm, Integer gear, Double throttle, Integer brake,
        Integer drs) {
}
