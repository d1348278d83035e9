package dev.pitwall.replayer.model;

import java.time.Instant;

/**
 * Puts the session clock (milliseconds since the start of the feed) on UTC. {@code anchor} says where the
 * origin came from (a race-control message, FastF1's LapStartDate, the scheduled start), so a consumer can
 * judge it.
 */
public record SessionOrigin(Instant utcAtZero, String anchor) {

    /** The UTC instant of a session time. */
    public Instant utc(long sessionTimeMs) {
        return utcAtZero.plusMillis(sessionTimeMs);
    }
}
