package dev.pitwall.replayer.session;

import dev.pitwall.replayer.model.SessionDescriptor;
import dev.pitwall.replayer.source.livetiming.LiveTimingSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A session of the library as listed: its id, what it is, and which recorded files it has (without loading
 * it), so a user sees at once that, say, a session has no car positions.
 */
@RegisterForReflection
public record SessionSummary(String id, String sessionKey, String meeting, String name, String date,
        List<String> liveTimingTopics, boolean fastf1Laps, int telemetryCars) {

    /** Reads the summary of the session in {@code folder}. */
    public static SessionSummary of(String id, Path folder) {
        SessionDescriptor d = SessionFolder.find(folder, "SessionInfo.jsonStream") != null
                ? LiveTimingSource.descriptor(folder) : null;
        return new SessionSummary(id, d == null ? null : d.sessionKey(), d == null ? null : d.meeting(),
                d == null ? folder.getFileName().toString() : d.name(), d == null || d.date() == null ? null : d.date().toString(),
                topics(folder), SessionFolder.hasFastF1(folder), telemetryCars(folder));
    }

    private static List<String> topics(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".jsonStream"))
                    .map(n -> n.substring(0, n.indexOf(".jsonStream"))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int telemetryCars(Path folder) {
        Path dir = folder.resolve(SessionFolder.FASTF1).resolve("telemetry");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".csv.gz")).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
