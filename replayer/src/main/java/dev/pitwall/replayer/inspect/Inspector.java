package dev.pitwall.replayer.inspect;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionDescriptor;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.replayer.source.livetiming.FeedValues;
import dev.pitwall.replayer.source.livetiming.LiveTimingSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks at one live-timing session folder and sums it up as an {@link InspectReport}, from what the
 * {@link LiveTimingSource} reads (corrupt lines skipped and counted in the notes).
 */
public final class Inspector {

    private Inspector() {
    }

    /** The report of the session in {@code folder}; an {@link IllegalArgumentException} if it is not a session folder. */
    public static InspectReport inspect(Path folder) {
        if (!LiveTimingSource.isSessionFolder(folder)) {
            throw new IllegalArgumentException("not a live-timing session folder (no .jsonStream files): " + folder);
        }
        SessionDescriptor d = LiveTimingSource.descriptor(folder);
        SessionParts parts = new LiveTimingSource().read(folder, null, null, BadLinePolicy.SKIP);

        Map<String, TimingUpdate> latest = new LinkedHashMap<>();
        List<RaceEvent.RaceControl> messages = new ArrayList<>();
        parts.events().stream().sorted(Comparator.comparingLong(TimedEvent::sessionTimeMs)).forEach(e -> {
            if (e.record() instanceof TimingUpdate u) {
                latest.put(u.car(), u);
            } else if (e.record() instanceof RaceEvent r && r.type() == RaceEvent.Type.RACE_CONTROL) {
                messages.add(r.raceControl());
            }
        });

        List<String> classification = latest.isEmpty() ? List.of() : Classification.order(latest, parts.drivers());
        Map<String, Integer> laps = new LinkedHashMap<>();
        Map<String, String> fastest = new LinkedHashMap<>();
        for (String car : classification) {
            TimingUpdate u = latest.get(car);
            if (u != null) {
                laps.put(car, u.lapsCompleted() == null ? 0 : u.lapsCompleted());
                if (u.bestLapMs() != null) {
                    fastest.put(car, FeedValues.formatLapTime(u.bestLapMs()));
                }
            }
        }
        List<String> notes = new ArrayList<>(parts.notes());
        if (latest.isEmpty()) {
            notes.add("no timing data: no laps, classification or fastest laps");
        }
        return new InspectReport(
                new InspectReport.Session(d.name(), d.meeting(), d.date() == null ? null : d.date().toString(),
                        d.sessionKey()),
                parts.drivers().stream().map(x -> new InspectReport.DriverRow(x.car(), x.code(), x.team())).toList(),
                laps, classification, fastest, PendingInvestigations.find(messages), notes);
    }
}
