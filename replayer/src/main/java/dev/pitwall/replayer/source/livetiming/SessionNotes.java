package dev.pitwall.replayer.source.livetiming;

import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SkippedLine;
import java.util.ArrayList;
import java.util.List;

/** Writes the plain notes of a read session: which data kinds are missing, what was ignored, where the clock comes from. */
final class SessionNotes {

    private final TopicFiles files;
    private final SessionOrigin origin;
    private final List<SkippedLine> skipped;

    SessionNotes(TopicFiles files, SessionOrigin origin, List<SkippedLine> skipped) {
        this.files = files;
        this.origin = origin;
        this.skipped = skipped;
    }

    List<String> notes(int carSamples, int positionSamples, int timingUpdates, int laps, int weather) {
        List<String> notes = new ArrayList<>();
        absent(notes, "CarData.z", carSamples, "no telemetry");
        absent(notes, "Position.z", positionSamples, "no car positions");
        absent(notes, "TimingData", timingUpdates, "no timing updates, gaps or lap times from the feed");
        if (files.has("TimingData") && timingUpdates > 0 && laps == 0) {
            notes.add("TimingData shows no completed lap: no laps");
        }
        absent(notes, "WeatherData", weather, "no weather");
        for (String topic : List.of("SessionInfo", "DriverList", "LapCount", "TimingAppData", "RaceControlMessages",
                "TrackStatus", "SessionStatus")) {
            if (!files.has(topic)) {
                notes.add("no " + topic + " in this session");
            }
        }
        List<String> ignored = files.ignored();
        if (!ignored.isEmpty()) {
            notes.add("ignored topic files: " + String.join(", ", ignored));
        }
        notes.add("clock anchored to " + origin.anchor());
        if (!skipped.isEmpty()) {
            notes.add(skipped.size() + " corrupt line(s) skipped, first: " + skipped.get(0));
        }
        return List.copyOf(notes);
    }

    private void absent(List<String> notes, String topic, int count, String meaning) {
        if (!files.has(topic)) {
            notes.add("no " + topic + " in this session: " + meaning);
        } else if (count == 0) {
            notes.add(topic + " holds nothing usable: " + meaning);
        }
    }
}
