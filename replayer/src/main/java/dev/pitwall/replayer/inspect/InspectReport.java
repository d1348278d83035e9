package dev.pitwall.replayer.inspect;

import java.util.List;
import java.util.Map;

/**
 * What {@code inspect} says about one recorded session: what it is, its drivers, laps completed per car,
 * the finishing order derived from the timing feed, each car's best lap ({@code m:ss.fff}), the cars whose
 * incidents race control left to be investigated after the session, and plain notes.
 */
public record InspectReport(
        Session session,
        List<DriverRow> drivers,
        Map<String, Integer> laps,
        List<String> classification,
        Map<String, String> fastestLaps,
        List<String> pendingInvestigations,
        List<String> notes) {

    /** The session: its name ("Sprint"), meeting, local date (ISO) and F1 session key. */
    public record Session(String name, String meeting, String date, String key) {
    }

    /** A car of the driver list: number, three-letter code, team. */
    public record DriverRow(String car, String code, String team) {
    }
}
