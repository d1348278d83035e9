package dev.pitwall.staging.sink;

import dev.pitwall.contract.Topics;
import dev.pitwall.staging.warehouse.StagingTable;
import dev.pitwall.staging.warehouse.StagingTables;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The topics the sink reads, each with its staging table and whether its records must name a car. */
public enum SinkTopic {
    LAPS(Topics.LAPS, StagingTables.LAPS, true),
    CAR_SAMPLES(Topics.CAR_SAMPLES, StagingTables.TELEMETRY, true),
    RACE_EVENTS(Topics.RACE_EVENTS, StagingTables.RACE_EVENTS, false);

    private final String topic;
    private final StagingTable table;
    private final boolean perCar;

    SinkTopic(String topic, StagingTable table, boolean perCar) {
        this.topic = topic;
        this.table = table;
        this.perCar = perCar;
    }

    public String topic() {
        return topic;
    }

    public StagingTable table() {
        return table;
    }

    /** Whether every record must carry {@code car} (per-car topics); session-wide records may lack it. */
    public boolean perCar() {
        return perCar;
    }

    public static List<String> topics() {
        return Arrays.stream(values()).map(SinkTopic::topic).toList();
    }

    public static Optional<SinkTopic> of(String topic) {
        return Optional.ofNullable(byName(topic));
    }

    /** The sink topic of that name, or null (looked up once per record: no stream). */
    static SinkTopic byName(String topic) {
        return switch (topic) {
            case Topics.LAPS -> LAPS;
            case Topics.CAR_SAMPLES -> CAR_SAMPLES;
            case Topics.RACE_EVENTS -> RACE_EVENTS;
            default -> null;
        };
    }
}
