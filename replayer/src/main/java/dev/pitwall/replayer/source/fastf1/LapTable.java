package dev.pitwall.replayer.source.fastf1;

import dev.pitwall.replayer.model.SkippedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** FastF1's lap table as read: its rows in file order and the lines that were skipped. */
public record LapTable(String file, List<FastF1Lap> laps, List<SkippedLine> skipped) {

    public LapTable {
        laps = List.copyOf(laps);
        skipped = List.copyOf(skipped);
    }

    /** Each driver's laps sorted by lap number, drivers in order of first appearance. */
    public Map<String, List<FastF1Lap>> byDriver() {
        Map<String, List<FastF1Lap>> map = new LinkedHashMap<>();
        for (FastF1Lap lap : laps) {
            map.computeIfAbsent(lap.driver(), d -> new ArrayList<>()).add(lap);
        }
        map.values().forEach(list -> list.sort(Comparator.comparingDouble(FastF1Lap::lapNumber)));
        return map;
    }

    /** The highest lap number in the table (the race distance for a race that ran full), or null when empty. */
    public Integer maxLap() {
        return laps.stream().map(FastF1Lap::lap).max(Integer::compare).orElse(null);
    }
}
