package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the small whole-state topics to race events, one per line, from the merged state: TrackStatus
 * (TRACK_STATUS), LapCount (LAP_COUNT, once the current lap is known), SessionStatus (SESSION_STATUS) and
 * WeatherData (WEATHER; temperatures in °C, humidity %, pressure mbar, wind m/s and degrees).
 */
public final class SimpleTopicMapper implements TopicMapper {

    private final FeedContext context;
    private final RaceEvent.Type type;
    private final List<TimedEvent> events = new ArrayList<>();
    private JsonNode state;

    /** A mapper for the topic whose events have {@code type} (TRACK_STATUS, LAP_COUNT, SESSION_STATUS, WEATHER). */
    public SimpleTopicMapper(FeedContext context, RaceEvent.Type type) {
        this.context = context;
        this.type = type;
    }

    @Override
    public void accept(FeedLine line) {
        state = DeepMerge.merge(state, line.json());
        if (state == null || !state.isObject()) {
            return;
        }
        Object member = switch (type) {
            case TRACK_STATUS -> trackStatus(state);
            case LAP_COUNT -> lapCount(state);
            case SESSION_STATUS -> sessionStatus(state);
            case WEATHER -> weather(state);
            default -> throw new IllegalStateException("not a simple topic: " + type);
        };
        if (member != null) {
            events.add(context.race(line.offsetMs(), type, member));
        }
    }

    @Override
    public List<TimedEvent> events() {
        return events;
    }

    /** The last total laps the LapCount topic gave; null if none. */
    public Integer totalLaps() {
        return state == null ? null : FeedValues.integer(state.get("TotalLaps"));
    }

    private static RaceEvent.TrackStatus trackStatus(JsonNode s) {
        String code = FeedValues.nonBlank(s.get("Status"));
        return code == null ? null : new RaceEvent.TrackStatus(code, FeedValues.nonBlank(s.get("Message")));
    }

    private static RaceEvent.LapCount lapCount(JsonNode s) {
        Integer current = FeedValues.integer(s.get("CurrentLap"));
        return current == null ? null : new RaceEvent.LapCount(current, FeedValues.integer(s.get("TotalLaps")));
    }

    private static RaceEvent.SessionStatus sessionStatus(JsonNode s) {
        String status = FeedValues.nonBlank(s.get("Status"));
        return status == null ? null : new RaceEvent.SessionStatus(status);
    }

    private static RaceEvent.Weather weather(JsonNode s) {
        return new RaceEvent.Weather(FeedValues.decimal(s.get("AirTemp")), FeedValues.decimal(s.get("TrackTemp")),
                FeedValues.decimal(s.get("Humidity")), FeedValues.decimal(s.get("Pressure")),
                FeedValues.bool(s.get("Rainfall")), FeedValues.decimal(s.get("WindSpeed")),
                FeedValues.integer(s.get("WindDirection")));
    }
}
