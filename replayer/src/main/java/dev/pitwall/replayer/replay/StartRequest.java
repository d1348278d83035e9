package dev.pitwall.replayer.replay;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A request to replay a session: which one, how fast ({@code 0.25}–{@code 100} or {@code max}; real time when
 * absent), and where to start (a lap, or a session time in ms; the first record when neither is given).
 */
@RegisterForReflection
public record StartRequest(String session, String speed, Integer fromLap, Long fromSessionTimeMs, boolean paused) {
}
