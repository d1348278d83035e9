package dev.pitwall.replayer.source.fastf1;

import dev.pitwall.replayer.model.SkippedLine;
import java.util.List;

/** What reading one driver's telemetry file gave: data rows seen, samples emitted, lines skipped. */
public record TelemetryFile(String file, String car, long rows, long samples, List<SkippedLine> skipped) {

    public TelemetryFile {
        skipped = List.copyOf(skipped);
    }
}
