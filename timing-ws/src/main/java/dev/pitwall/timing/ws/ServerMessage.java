package dev.pitwall.timing.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.timing.state.RaceSnapshot;
import dev.pitwall.timing.state.SnapshotDiff;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the race socket sends: a full {@code snapshot} first (and after a viewer changes its delay), then a
 * {@code diff} per update; an {@code error} before it closes a connection for a bad message.
 *
 * <p>Every {@code snapshot} and {@code diff} carries {@code ts}, right after {@code type}: the Kafka record
 * timestamp (epoch milliseconds, the producer's send time) of the newest record applied into the state the
 * message describes (the snapshot itself, or the snapshot the diff leads to). Its age on receipt is how stale
 * the picture is; for a viewer with a delay it is that much older. 0 means no record carried a timestamp. It
 * is the same value as {@code snapshot.ts} / {@code diff.ts}, repeated at the top so a client can read it
 * without walking the message.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerMessage(String type, Long ts, RaceSnapshot snapshot, SnapshotDiff diff, String error,
        Integer delaySeconds) {

    public static ServerMessage snapshot(RaceSnapshot snapshot, int delaySeconds) {
        return new ServerMessage("snapshot", snapshot.ts(), snapshot, null, null, delaySeconds);
    }

    public static ServerMessage diff(SnapshotDiff diff) {
        return new ServerMessage("diff", diff.ts(), null, diff, null, null);
    }

    public static ServerMessage error(String error) {
        return new ServerMessage("error", null, null, null, error, null);
    }
}
