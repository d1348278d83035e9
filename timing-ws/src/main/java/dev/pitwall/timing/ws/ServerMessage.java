package dev.pitwall.timing.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.SnapshotDiff;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the race socket sends: a full {@code snapshot} first (and after a viewer changes its delay), then a
 * {@code diff} per update; an {@code error} before it closes a connection for a bad message.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerMessage(String type, RaceSnapshot snapshot, SnapshotDiff diff, String error, Integer delaySeconds) {

    public static ServerMessage snapshot(RaceSnapshot snapshot, int delaySeconds) {
        return new ServerMessage("snapshot", snapshot, null, null, delaySeconds);
    }

    public static ServerMessage diff(SnapshotDiff diff) {
        return new ServerMessage("diff", null, diff, null, null);
    }

    public static ServerMessage error(String error) {
        return new ServerMessage("error", null, null, error, null);
    }
}
