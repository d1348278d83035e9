package dev.pitwall.timing.ws;

import dev.pitwall.timing.state.RaceSnapshot;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connected viewer: what it was last sent (the next diff starts there), its delay, and whether its last
 * message is still on its way. At most one message per viewer is ever in flight, so a slow viewer costs one
 * message of memory and gets conflated updates, never a growing queue.
 */
final class Viewer {

    final WebSocketConnection connection;
    final AtomicBoolean sending = new AtomicBoolean();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong conflated = new AtomicLong();
    volatile RaceSnapshot lastSent;
    volatile int delaySeconds;
    volatile boolean resend;
    int busyTicks;

    Viewer(WebSocketConnection connection) {
        this.connection = connection;
    }
}
