package dev.pitwall.replayer.session;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.replayer.model.SessionDescriptor;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SkippedLine;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.List;

/**
 * A recorded session ready to replay: its identity, clock origin, cars, what data it has, and every event
 * of every source merged into one time-ordered timeline with sequence numbers given.
 */
public record RecordedSession(
        String id,
        SessionDescriptor descriptor,
        SessionOrigin origin,
        List<RaceEvent.Driver> drivers,
        Integer totalLaps,
        RaceEvent.DataAvailability availability,
        List<TimedEvent> events,
        LapIndex laps,
        List<SkippedLine> skipped) {

    /** Session key used on every record. */
    public String sessionKey() {
        return descriptor.sessionKey();
    }

    /** The log context of lines about this session: its session key and library id (docs/logging.md). */
    public MdcScope logContext() {
        return MdcScope.of(MdcScope.SESSION, sessionKey()).and(MdcScope.LIBRARY_ID, id);
    }

    /** Session time of the first event, or 0 for an empty session. */
    public long firstTimeMs() {
        return events.isEmpty() ? 0 : events.get(0).sessionTimeMs();
    }

    /** Session time of the last event, or 0 for an empty session. */
    public long lastTimeMs() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).sessionTimeMs();
    }

    /** Index of the first event at or after a session time (events.size() when past the end). */
    public int indexAt(long sessionTimeMs) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).sessionTimeMs() < sessionTimeMs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
