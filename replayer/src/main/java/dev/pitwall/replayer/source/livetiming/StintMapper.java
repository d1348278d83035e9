package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps TimingAppData to TYRE_STINT race events: after each line, the stints of every car the line touched
 * are derived again ({@link RaceStints}) and each stint that is new or changed is sent.
 */
public final class StintMapper implements TopicMapper {

    private final FeedContext context;
    private final Long firstLapDoneMs;
    private final List<TimedEvent> events = new ArrayList<>();
    private final Map<String, Map<Integer, Long>> firstSeen = new HashMap<>();
    private final Map<String, List<RaceEvent.TyreStint>> stints = new LinkedHashMap<>();
    private JsonNode state;

    /** {@code firstLapDoneMs}: when the leader finished lap 1 (LapCount reached 2), null if the session has no lap count. */
    public StintMapper(FeedContext context, Long firstLapDoneMs) {
        this.context = context;
        this.firstLapDoneMs = firstLapDoneMs;
    }

    @Override
    public void accept(FeedLine line) {
        state = DeepMerge.merge(state, line.json());
        for (Map.Entry<String, JsonNode> car : JsonEntries.of(line.json().get("Lines")).entrySet()) {
            JsonNode changed = car.getValue().get("Stints");
            if (changed == null) {
                continue;
            }
            Map<Integer, Long> seen = firstSeen.computeIfAbsent(car.getKey(), k -> new HashMap<>());
            JsonEntries.of(changed).keySet().forEach(k -> seen.putIfAbsent(Integer.parseInt(k), line.offsetMs()));
            List<RaceEvent.TyreStint> now = RaceStints.derive(car.getKey(), raw(car.getKey(), seen), firstLapDoneMs);
            List<RaceEvent.TyreStint> before = stints.getOrDefault(car.getKey(), List.of());
            for (RaceEvent.TyreStint stint : now) {
                int i = stint.stint() - 1;
                if (i >= before.size() || !before.get(i).equals(stint)) {
                    events.add(context.race(line.offsetMs(), RaceEvent.Type.TYRE_STINT, stint));
                }
            }
            stints.put(car.getKey(), now);
        }
    }

    @Override
    public List<TimedEvent> events() {
        return events;
    }

    /** Each car's stints as they stand after the last line. */
    public Map<String, List<RaceEvent.TyreStint>> stints() {
        return stints;
    }

    private List<RaceStints.Raw> raw(String car, Map<Integer, Long> seen) {
        JsonNode all = JsonEntries.at(JsonEntries.at(state, "Lines"), car);
        List<RaceStints.Raw> raw = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : JsonEntries.of(all == null ? null : all.get("Stints")).entrySet()) {
            JsonNode s = e.getValue();
            if (s == null || !s.isObject()) {
                continue;
            }
            int index = Integer.parseInt(e.getKey());
            raw.add(new RaceStints.Raw(index, FeedValues.nonBlank(s.get("Compound")), FeedValues.bool(s.get("New")),
                    Boolean.TRUE.equals(FeedValues.bool(s.get("TyresNotChanged"))), FeedValues.integer(s.get("StartLaps")),
                    FeedValues.integer(s.get("TotalLaps")), seen.getOrDefault(index, 0L)));
        }
        raw.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return raw;
    }
}
