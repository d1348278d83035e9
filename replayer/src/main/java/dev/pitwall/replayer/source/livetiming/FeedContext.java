package dev.pitwall.replayer.source.livetiming;

import dev.pitwall.contract.CarRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.TimedEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * What every topic mapper shares: the session key and the clock origin, and how records become timed
 * events (per-car records keyed by car number, race events keyed by session key; sequence numbers 0).
 */
public record FeedContext(String sessionKey, SessionOrigin origin) {

    /** UTC of a session time. */
    public Instant utc(long sessionTimeMs) {
        return origin.utc(sessionTimeMs);
    }

    /** Session time of a UTC instant (negative if before the feed started). */
    public long sessionTime(Instant utc) {
        return Duration.between(origin.utcAtZero(), utc).toMillis();
    }

    /** A per-car record on its topic, keyed by car number. */
    public TimedEvent car(String topic, CarRecord record) {
        return new TimedEvent(record.sessionTimeMs(), topic, record.car(), record);
    }

    /** A race event of the given type; {@code member} is the record that type carries. */
    public TimedEvent race(long sessionTimeMs, RaceEvent.Type type, Object member) {
        RaceEvent event = new RaceEvent(sessionKey, 0, utc(sessionTimeMs), sessionTimeMs, type,
                type == RaceEvent.Type.RACE_CONTROL ? (RaceEvent.RaceControl) member : null,
                type == RaceEvent.Type.TRACK_STATUS ? (RaceEvent.TrackStatus) member : null,
                type == RaceEvent.Type.LAP_COUNT ? (RaceEvent.LapCount) member : null,
                type == RaceEvent.Type.SESSION_STATUS ? (RaceEvent.SessionStatus) member : null,
                type == RaceEvent.Type.DRIVER_LIST ? driverList(member) : null,
                type == RaceEvent.Type.TYRE_STINT ? (RaceEvent.TyreStint) member : null,
                type == RaceEvent.Type.WEATHER ? (RaceEvent.Weather) member : null,
                type == RaceEvent.Type.DATA_AVAILABILITY ? (RaceEvent.DataAvailability) member : null);
        return new TimedEvent(sessionTimeMs, Topics.RACE_EVENTS, sessionKey, event);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<RaceEvent.Driver> driverList(Object member) {
        return (java.util.List<RaceEvent.Driver>) member;
    }
}
