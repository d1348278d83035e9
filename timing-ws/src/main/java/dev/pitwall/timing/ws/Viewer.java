package dev.pitwall.timing.ws;

import dev.pitwall.timing.state.RaceSnapshot;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connected viewer: what it was last sent (the next diff starts there), its delay, and whether its last
 * message is still on its way. At most one message per viewer is ever in flight, so a slow viewer costs one
 * message of memory and gets conflated updates, never a growing queue.
 *
 * <p>Only the broadcaster's thread reads and writes {@code lastSent}, {@code delaySeconds}, {@code busyTicks}
 * and {@code holdUntilNanos}; other threads ask for a new delay through {@code requestedDelay} and see the
 * counters.
 */
final class Viewer {

    /** No delay change asked for. */
    static final int NO_REQUEST = -1;

    final WebSocketConnection connection;
    /** The first 8 characters of the connection id: how logs and metrics name the viewer. */
    final String shortId;
    final AtomicBoolean sending = new AtomicBoolean();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong conflated = new AtomicLong();
    final AtomicInteger requestedDelay = new AtomicInteger(NO_REQUEST);
    RaceSnapshot lastSent;
    int delaySeconds;
    int busyTicks;
    long holdUntilNanos;
    volatile boolean gone;

    Viewer(WebSocketConnection connection) {
        this.connection = connection;
        String id = connection.id();
        this.shortId = id.length() > 8 ? id.substring(0, 8) : id;
    }
}
