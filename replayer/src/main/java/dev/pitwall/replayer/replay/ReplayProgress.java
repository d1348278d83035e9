package dev.pitwall.replayer.replay;

import dev.pitwall.replayer.clock.Speed;

/** A replay's race clock and progress at one instant: where it stands, how fast, how late records go out. */
public record ReplayProgress(long sessionTimeMs, Speed speed, int index, int total, double lagMs, double p50Ms,
        double p99Ms, long lagSamples, double eventsPerSecond, String failure) {
}
