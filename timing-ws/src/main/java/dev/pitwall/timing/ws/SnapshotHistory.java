package dev.pitwall.timing.ws;

import dev.pitwall.timing.state.RaceSnapshot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The race snapshots of the last {@code window} milliseconds of wall time, so a viewer who asks for a delay
 * (to line the race up with a TV picture) gets every stream as it stood that long ago, all on the same clock.
 * Snapshots share their unchanged rows, so keeping two minutes of them costs little.
 */
public final class SnapshotHistory {

    private final long windowMs;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public SnapshotHistory(long windowMs) {
        this.windowMs = windowMs;
    }

    /** Records the snapshot that holds from {@code wallMs} on (ignored when it is the one already held). */
    public synchronized void record(long wallMs, RaceSnapshot snapshot) {
        Entry last = entries.peekLast();
        if (last != null && last.snapshot() == snapshot) {
            return;
        }
        entries.addLast(new Entry(wallMs, snapshot));
        while (entries.size() > 1 && entries.peekFirst().wallMs() < wallMs - windowMs
                && secondWallMs() <= wallMs - windowMs) {
            entries.removeFirst();
        }
    }

    private long secondWallMs() {
        Iterator<Entry> it = entries.iterator();
        it.next();
        return it.next().wallMs();
    }

    /** The snapshot that held at {@code wallMs} (the oldest kept when asked for earlier), or null when empty. */
    public synchronized RaceSnapshot at(long wallMs) {
        RaceSnapshot found = null;
        for (Entry e : entries) {
            if (e.wallMs() > wallMs) {
                break;
            }
            found = e.snapshot();
        }
        return found != null ? found : entries.isEmpty() ? null : entries.peekFirst().snapshot();
    }

    /** How many snapshots are kept. */
    public synchronized int size() {
        return entries.size();
    }

    private record Entry(long wallMs, RaceSnapshot snapshot) {
    }
}
