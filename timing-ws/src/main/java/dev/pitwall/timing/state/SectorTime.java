package dev.pitwall.timing.state;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One sector time of a car's last completed lap with its mark; {@code ms} is null when the source lacks it. */
@RegisterForReflection
public record SectorTime(Long ms, SectorMark mark) {
}
