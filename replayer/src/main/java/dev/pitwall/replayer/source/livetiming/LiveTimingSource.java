package dev.pitwall.replayer.source.livetiming;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SessionDescriptor;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.SkippedLine;
import dev.pitwall.replayer.model.TimedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one session folder of the F1 live-timing static archive ({@code <Topic>.jsonStream[.gz]} files) into
 * {@link SessionParts}: race events, timing updates, laps and car samples, the driver list, the race distance,
 * which kinds of data the folder really holds, skipped lines and plain notes on what is missing.
 */
public final class LiveTimingSource {

    /**
     * Reads {@code folder}. {@code sessionKey} null takes SessionInfo's key (else the folder name); {@code origin}
     * null finds one ({@link #findOrigin}). Corrupt lines fail the read or are skipped per {@code policy}.
     */
    public SessionParts read(Path folder, String sessionKey, SessionOrigin origin, BadLinePolicy policy) {
        TopicFiles files = files(folder);
        String key = sessionKey != null ? sessionKey : sessionKey(folder, files, policy);
        SessionOrigin clock = origin != null ? origin : OriginFinder.find(files, policy);
        FeedContext context = new FeedContext(key, clock);
        List<SkippedLine> skipped = new ArrayList<>();
        List<TimedEvent> events = new ArrayList<>();

        DriverListMapper drivers = run(files, "DriverList", new DriverListMapper(context), policy, skipped, events);
        SimpleTopicMapper lapCount = run(files, "LapCount",
                new SimpleTopicMapper(context, RaceEvent.Type.LAP_COUNT), policy, skipped, events);
        run(files, "TimingAppData", new StintMapper(context, firstLapDone(lapCount, files)), policy, skipped, events);
        TimingDataMapper timing = run(files, "TimingData", new TimingDataMapper(context, drivers.codes()), policy,
                skipped, events);
        run(files, "RaceControlMessages", new RaceControlMapper(context), policy, skipped, events);
        run(files, "TrackStatus", new SimpleTopicMapper(context, RaceEvent.Type.TRACK_STATUS), policy, skipped, events);
        run(files, "SessionStatus", new SimpleTopicMapper(context, RaceEvent.Type.SESSION_STATUS), policy, skipped,
                events);
        int weather = run(files, "WeatherData", new SimpleTopicMapper(context, RaceEvent.Type.WEATHER), policy,
                skipped, events).events().size();
        int carData = run(files, "CarData.z", new TelemetryMapper(context, false), policy, skipped, events)
                .events().size();
        int positions = run(files, "Position.z", new TelemetryMapper(context, true), policy, skipped, events)
                .events().size();

        SessionNotes notes = new SessionNotes(files, clock, skipped);
        return new SessionParts(events, drivers.drivers(), lapCount.totalLaps(), carData > 0, positions > 0,
                !timing.events().isEmpty(), timing.lapRecords() > 0, weather > 0, List.copyOf(skipped),
                notes.notes(carData, positions, timing.events().size(), timing.lapRecords(), weather));
    }

    /** What the session in {@code folder} is (SessionInfo, else the folder names). */
    public static SessionDescriptor descriptor(Path folder) {
        return SessionInfoReader.descriptor(files(folder), BadLinePolicy.SKIP);
    }

    /** The UTC of session time 0 of {@code folder}, and which anchor gave it (see {@link OriginFinder}). */
    public static SessionOrigin findOrigin(Path folder, BadLinePolicy policy) {
        return OriginFinder.find(files(folder), policy);
    }

    /** Whether {@code folder} is a folder holding at least one {@code .jsonStream[.gz]} topic file. */
    public static boolean isSessionFolder(Path folder) {
        return Files.isDirectory(folder) && !TopicFiles.in(folder).isEmpty();
    }

    private static TopicFiles files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no such session folder: " + folder);
        }
        return TopicFiles.in(folder);
    }

    private static String sessionKey(Path folder, TopicFiles files, BadLinePolicy policy) {
        String key = SessionInfoReader.descriptor(files, policy).sessionKey();
        return key != null ? key : folder.toAbsolutePath().normalize().getFileName().toString();
    }

    /** When the leader finished lap 1 (the lap counter first showed 2 or more); null with no lap count. */
    private static Long firstLapDone(SimpleTopicMapper lapCount, TopicFiles files) {
        if (!files.has("LapCount")) {
            return null;
        }
        return lapCount.events().stream()
                .filter(e -> ((RaceEvent) e.record()).lapCount().currentLap() >= 2)
                .map(TimedEvent::sessionTimeMs).findFirst().orElse(Long.MAX_VALUE);
    }

    private static <M extends TopicMapper> M run(TopicFiles files, String topic, M mapper, BadLinePolicy policy,
            List<SkippedLine> skipped, List<TimedEvent> events) {
        files.get(topic).ifPresent(path -> {
            FeedFile file = JsonStreamReader.read(path, policy, line -> {
                try {
                    mapper.accept(line);
                } catch (IllegalArgumentException | DateTimeException e) {
                    if (policy == BadLinePolicy.FAIL) {
                        throw new CorruptInputException(line.file(), line.line(), "cannot map: " + e.getMessage(), e);
                    }
                    skipped.add(new SkippedLine(line.file(), line.line(), "cannot map: " + e.getMessage()));
                }
            });
            skipped.addAll(file.skipped());
            mapper.finish();
            events.addAll(mapper.events());
        });
        return mapper;
    }
}
