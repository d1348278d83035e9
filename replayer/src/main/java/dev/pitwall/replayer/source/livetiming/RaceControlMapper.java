package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps RaceControlMessages to RACE_CONTROL race events: one per message index a line brings (a message
 * updated later is sent again in full), with category, text, flag, scope, sector, car ({@code RacingNumber}),
 * lap, status and the message's own UTC time.
 */
public final class RaceControlMapper implements TopicMapper {

    private final FeedContext context;
    private final List<TimedEvent> events = new ArrayList<>();
    private JsonNode state;

    public RaceControlMapper(FeedContext context) {
        this.context = context;
    }

    @Override
    public void accept(FeedLine line) {
        state = DeepMerge.merge(state, line.json());
        JsonNode all = state.get("Messages");
        for (String key : JsonEntries.of(line.json().get("Messages")).keySet()) {
            JsonNode m = JsonEntries.at(all, key);
            if (m == null || !m.isObject()) {
                continue;
            }
            events.add(context.race(line.offsetMs(), RaceEvent.Type.RACE_CONTROL, message(Integer.parseInt(key), m)));
        }
    }

    /** One message as a contract record. */
    static RaceEvent.RaceControl message(int index, JsonNode m) {
        return new RaceEvent.RaceControl(index, FeedValues.nonBlank(m.get("Category")),
                FeedValues.text(m.get("Message")), FeedValues.nonBlank(m.get("Flag")),
                FeedValues.nonBlank(m.get("Scope")), FeedValues.integer(m.get("Sector")),
                FeedValues.nonBlank(m.get("RacingNumber")), FeedValues.integer(m.get("Lap")),
                FeedValues.nonBlank(m.get("Status")), FeedValues.instant(FeedValues.text(m.get("Utc"))));
    }

    @Override
    public List<TimedEvent> events() {
        return events;
    }
}
