package dev.pitwall.replayer.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.TimedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns decoded CarData.z and Position.z messages into {@link CarSample}s, each on its own sample time
 * ({@code Utc}/{@code Timestamp}) mapped to the session clock. CarData gives source {@code cardata} with
 * channels 0 rpm, 2 speed, 3 gear, 4 throttle, 5 brake, 45 drs (raw codes); Position gives source
 * {@code position} with x/y/z in 1/10 m and the status; a (0,0,0) position (no fix) is kept with status
 * {@value #NO_FIX}.
 */
public final class TelemetryMapper implements TopicMapper {

    /** Status of a position sample at (0,0,0): the car had no fix. */
    public static final String NO_FIX = "NoFix";

    private final FeedContext context;
    private final boolean positions;
    private final List<TimedEvent> events = new ArrayList<>();

    /** A mapper of Position.z lines if {@code positions}, else of CarData.z lines. */
    public TelemetryMapper(FeedContext context, boolean positions) {
        this.context = context;
        this.positions = positions;
    }

    /** Samples of one decoded CarData.z message ({@code {"Entries":[{"Utc":..,"Cars":{..}}]}}). */
    public List<CarSample> carData(JsonNode message) {
        List<CarSample> samples = new ArrayList<>();
        for (JsonNode entry : JsonEntries.of(message.get("Entries")).values()) {
            Instant utc = Instant.parse(entry.path("Utc").asText());
            long t = context.sessionTime(utc);
            for (Map.Entry<String, JsonNode> car : JsonEntries.of(entry.get("Cars")).entrySet()) {
                JsonNode ch = car.getValue().path("Channels");
                samples.add(new CarSample(context.sessionKey(), car.getKey(), 0, utc, t, null, "cardata",
                        FeedValues.decimal(ch.get("0")), FeedValues.decimal(ch.get("2")), FeedValues.integer(ch.get("3")),
                        FeedValues.decimal(ch.get("4")), FeedValues.integer(ch.get("5")), FeedValues.integer(ch.get("45")),
                        null, null, null, null, null));
            }
        }
        return samples;
    }

    /** Samples of one decoded Position.z message ({@code {"Position":[{"Timestamp":..,"Entries":{..}}]}}). */
    public List<CarSample> position(JsonNode message) {
        List<CarSample> samples = new ArrayList<>();
        for (JsonNode frame : JsonEntries.of(message.get("Position")).values()) {
            Instant utc = Instant.parse(frame.path("Timestamp").asText());
            long t = context.sessionTime(utc);
            for (Map.Entry<String, JsonNode> car : JsonEntries.of(frame.get("Entries")).entrySet()) {
                JsonNode p = car.getValue();
                Double x = FeedValues.decimal(p.get("X"));
                Double y = FeedValues.decimal(p.get("Y"));
                Double z = FeedValues.decimal(p.get("Z"));
                boolean noFix = x != null && y != null && z != null && x == 0 && y == 0 && z == 0;
                String status = noFix ? NO_FIX : FeedValues.nonBlank(p.get("Status"));
                samples.add(new CarSample(context.sessionKey(), car.getKey(), 0, utc, t, null, "position",
                        null, null, null, null, null, null, null, x, y, z, status));
            }
        }
        return samples;
    }

    /** Decodes one {@code .z} line (a base64 string) and maps its samples. */
    @Override
    public void accept(FeedLine line) {
        if (!line.json().isTextual()) {
            throw new IllegalArgumentException("a .z line must hold a base64 string");
        }
        JsonNode decoded = ZDecoder.decode(line.json().asText());
        for (CarSample sample : positions ? position(decoded) : carData(decoded)) {
            events.add(context.car(Topics.CAR_SAMPLES, sample));
        }
    }

    @Override
    public List<TimedEvent> events() {
        return events;
    }
}
