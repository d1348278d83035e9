package dev.pitwall.timing.state;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The replay clock as last announced: {@code speed} is the replay factor (null = as fast as possible). */
@RegisterForReflection
public record ReplayClock(Double speed, boolean paused) {
}
