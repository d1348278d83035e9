package dev.pitwall.replayer.session;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionDescriptor;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.SkippedLine;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.replayer.source.fastf1.FastF1Source;
import dev.pitwall.replayer.source.livetiming.LiveTimingSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a recorded-session folder into one {@link RecordedSession}: the live-timing topic files and, where
 * present, a FastF1 export (lap table and telemetry) in {@code fastf1/}. When both have laps and timing, the
 * live-timing feed wins; timing is derived from crossing times only when there is no feed. The first record
 * says plainly what the session has and lacks.
 */
public final class SessionLoader {

    private SessionLoader() {
    }

    /** Rewrites the live-timing notes on missing data that the FastF1 export makes up for (with real data). */
    private static List<String> supersede(List<String> notes, SessionParts fastf1, boolean timingFeed) {
        List<String> out = new ArrayList<>();
        for (String note : notes) {
            if (fastf1.carData() && note.startsWith("no CarData.z")) {
                out.add("no CarData.z in this session: telemetry comes from the FastF1 export (merged with positions, resampled)");
            } else if (fastf1.positions() && note.startsWith("no Position.z")) {
                out.add("no Position.z in this session: car positions come from the FastF1 export (merged with telemetry, resampled)");
            } else if (!timingFeed && fastf1.laps() && note.startsWith("no TimingData")) {
                out.add("no TimingData in this session: laps come from FastF1's lap table; order, gaps and intervals are derived");
            } else {
                out.add(note);
            }
        }
        return out;
    }

    /** Loads the session in {@code folder} under the id {@code id}. */
    public static RecordedSession load(String id, Path folder, BadLinePolicy policy) {
        boolean live = SessionFolder.hasLiveTiming(folder);
        boolean fastf1 = SessionFolder.hasFastF1(folder);
        if (!live && !fastf1) {
            throw new IllegalArgumentException(folder + " holds no recorded session (no *.jsonStream files, no fastf1/laps.jsonl)");
        }
        Path ff1Folder = folder.resolve(SessionFolder.FASTF1);
        SessionDescriptor descriptor = SessionFolder.find(folder, "SessionInfo.jsonStream") != null
                ? LiveTimingSource.descriptor(folder)
                : new SessionDescriptor(id, id, null, null, null, null);
        SessionOrigin origin = fastf1 ? FastF1Source.origin(ff1Folder) : LiveTimingSource.findOrigin(folder, policy);
        String key = descriptor.sessionKey() != null ? descriptor.sessionKey() : id;

        List<List<TimedEvent>> sources = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<RaceEvent.Driver> drivers = List.of();
        Integer totalLaps = null;
        boolean carData = false;
        boolean positions = false;
        boolean timingFeed = false;
        boolean laps = false;
        boolean weather = false;

        if (live) {
            SessionParts parts = new LiveTimingSource().read(folder, key, origin, policy);
            sources.add(parts.events());
            skipped.addAll(parts.skipped());
            notes.addAll(parts.notes());
            drivers = parts.drivers();
            totalLaps = parts.totalLaps();
            carData = parts.carData();
            positions = parts.positions();
            timingFeed = parts.timingFeed();
            laps = parts.laps();
            weather = parts.weather();
        }
        if (fastf1) {
            Map<String, String> codeToCar = new LinkedHashMap<>(); // grid order, as the driver list gives it
            drivers.forEach(d -> codeToCar.put(d.code(), d.car()));
            SessionParts parts = FastF1Source.read(ff1Folder, key, origin, codeToCar, policy);
            List<TimedEvent> events = parts.events();
            if (timingFeed) {
                events = events.stream().filter(e -> !e.topic().equals(Topics.LAPS) && !e.topic().equals(Topics.TIMING)).toList();
                notes.add("laps and timing from the live-timing feed; FastF1's lap table used for nothing else");
            }
            sources.add(events);
            skipped.addAll(parts.skipped());
            notes = supersede(notes, parts, timingFeed);
            notes.addAll(parts.notes());
            if (drivers.isEmpty()) {
                drivers = parts.drivers();
            }
            if (totalLaps == null) {
                totalLaps = parts.totalLaps();
            }
            carData |= parts.carData();
            positions |= parts.positions();
            laps |= parts.laps();
        }
        String timing = timingFeed ? "feed" : laps ? "derived" : "absent";
        RaceEvent.DataAvailability availability = new RaceEvent.DataAvailability(carData, positions, timing, laps,
                weather, List.copyOf(notes));
        long first = sources.stream().flatMap(List::stream).mapToLong(TimedEvent::sessionTimeMs).min().orElse(0);
        sources.add(0, List.of(new TimedEvent(first, Topics.RACE_EVENTS, key, new RaceEvent(key, 0, origin.utc(first), first,
                RaceEvent.Type.DATA_AVAILABILITY, null, null, null, null, null, null, null, availability))));
        List<TimedEvent> timeline = Timeline.build(sources);
        return new RecordedSession(id, new SessionDescriptor(key, descriptor.name(), descriptor.meeting(), descriptor.type(),
                descriptor.date(), descriptor.archivePath()), origin, drivers, totalLaps, availability, timeline,
                LapIndex.of(timeline), List.copyOf(skipped));
    }
}
