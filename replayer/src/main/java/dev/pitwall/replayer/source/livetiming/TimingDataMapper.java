package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.TimedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps TimingData to per-car {@link TimingUpdate}s (source {@code feed}), one each time a line changes what a
 * car's timing shows (segment-only changes are not sent), and to {@link LapRecord}s (source {@code feed}) each
 * time a car's {@code NumberOfLaps} rises (see {@link LapAssembler}).
 */
public final class TimingDataMapper implements TopicMapper {

    private final FeedContext context;
    private final Map<String, String> codes;
    private final List<TimedEvent> events = new ArrayList<>();
    private final Map<String, LapAssembler> assemblers = new HashMap<>();
    private final Map<String, TimingUpdate> shown = new LinkedHashMap<>();
    private final Map<String, TimingUpdate> latest = new LinkedHashMap<>();
    private JsonNode state;
    private int lapRecords;

    /** {@code codes}: car number to driver code, for the laps' {@code driver}. */
    public TimingDataMapper(FeedContext context, Map<String, String> codes) {
        this.context = context;
        this.codes = codes;
    }

    @Override
    public void accept(FeedLine line) {
        state = DeepMerge.merge(state, line.json());
        JsonNode lines = state.get("Lines");
        for (Map.Entry<String, JsonNode> e : JsonEntries.of(line.json().get("Lines")).entrySet()) {
            String car = e.getKey();
            JsonNode delta = e.getValue();
            JsonNode carState = JsonEntries.at(lines, car);
            if (!delta.isObject() || carState == null || !carState.isObject()) {
                continue;
            }
            LapAssembler assembler = assemblers.computeIfAbsent(car, LapAssembler::new);
            assembler.accept(line.offsetMs(), delta, carState, this::lap);
            TimingUpdate update = TimingUpdates.of(context, car, line.offsetMs(), carState, assembler);
            TimingUpdate seen = TimingUpdates.withoutTime(update);
            if (!seen.equals(shown.get(car))) {
                shown.put(car, seen);
                latest.put(car, update);
                events.add(context.car(Topics.TIMING, update));
            }
        }
    }

    @Override
    public void finish() {
        assemblers.values().forEach(a -> a.finish(this::lap));
    }

    @Override
    public List<TimedEvent> events() {
        return events;
    }

    /** Each car's last timing update. */
    public Map<String, TimingUpdate> latest() {
        return latest;
    }

    /** How many laps were made. */
    public int lapRecords() {
        return lapRecords;
    }

    private void lap(CompletedLap lap) {
        long t = lap.crossingMs;
        LapRecord record = new LapRecord(context.sessionKey(), lap.car, 0, context.utc(t), t, codes.get(lap.car),
                lap.lap, lap.lapTimeMs, lap.sectors[0], lap.sectors[1], lap.sectors[2], lap.lapStartMs, lap.pitInMs,
                lap.pitOutMs, null, null, null, lap.speedI1, lap.speedI2, lap.speedFl, lap.speedSt, null, "feed", true);
        lapRecords++;
        events.add(context.car(Topics.LAPS, record));
    }
}
