package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps DriverList to DRIVER_LIST race events carrying the full list after each update that changes it
 * (car, Tla code, full name, team, team colour, running-order {@code Line}), sorted by line then car number.
 */
public final class DriverListMapper implements TopicMapper {

    private final FeedContext context;
    private final List<TimedEvent> events = new ArrayList<>();
    private JsonNode state;
    private List<RaceEvent.Driver> last = List.of();

    public DriverListMapper(FeedContext context) {
        this.context = context;
    }

    @Override
    public void accept(FeedLine line) {
        state = DeepMerge.merge(state, line.json());
        List<RaceEvent.Driver> drivers = drivers(state);
        if (!drivers.equals(last)) {
            last = drivers;
            events.add(context.race(line.offsetMs(), RaceEvent.Type.DRIVER_LIST, drivers));
        }
    }

    @Override
    public List<TimedEvent> events() {
        return events;
    }

    /** The list as it stands after the last line. */
    public List<RaceEvent.Driver> drivers() {
        return last;
    }

    /** Car number to three-letter code, as it stands. */
    public Map<String, String> codes() {
        Map<String, String> codes = new LinkedHashMap<>();
        last.forEach(d -> codes.put(d.car(), d.code()));
        return codes;
    }

    private static List<RaceEvent.Driver> drivers(JsonNode state) {
        List<RaceEvent.Driver> drivers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : JsonEntries.of(state).entrySet()) {
            JsonNode d = e.getValue();
            if (!d.isObject() || !isCarNumber(e.getKey())) {
                continue;
            }
            drivers.add(new RaceEvent.Driver(e.getKey(), FeedValues.nonBlank(d.get("Tla")),
                    FeedValues.nonBlank(d.get("FullName")), FeedValues.nonBlank(d.get("TeamName")),
                    FeedValues.nonBlank(d.get("TeamColour")), FeedValues.integer(d.get("Line"))));
        }
        drivers.sort(Comparator.comparing((RaceEvent.Driver d) -> d.line() == null ? Integer.MAX_VALUE : d.line())
                .thenComparing(d -> Integer.parseInt(d.car())));
        return List.copyOf(drivers);
    }

    private static boolean isCarNumber(String key) {
        return !key.isEmpty() && key.length() < 4 && key.chars().allMatch(Character::isDigit);
    }
}
