package dev.pitwall.replayer.source.livetiming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The topic files of one session folder: {@code <Topic>.jsonStream} or {@code <Topic>.jsonStream.gz} (the plain
 * file wins if both exist), split into the topics this source reads and the ones it ignores.
 */
public final class TopicFiles {

    /** The topics the live-timing source reads. */
    public static final List<String> READ = List.of("SessionInfo", "SessionStatus", "DriverList", "LapCount",
            "TrackStatus", "RaceControlMessages", "TimingAppData", "TimingData", "WeatherData", "CarData.z",
            "Position.z");

    private static final String PLAIN = ".jsonStream";
    private static final String GZIP = ".jsonStream.gz";

    private final Path folder;
    private final Map<String, Path> files;

    private TopicFiles(Path folder, Map<String, Path> files) {
        this.folder = folder;
        this.files = files;
    }

    /** The topic files in {@code folder}; an error if it is not a readable folder. */
    public static TopicFiles in(Path folder) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).forEach(p -> {
                String name = p.getFileName().toString();
                if (name.endsWith(PLAIN)) {
                    files.put(name.substring(0, name.length() - PLAIN.length()), p);
                } else if (name.endsWith(GZIP)) {
                    files.putIfAbsent(name.substring(0, name.length() - GZIP.length()), p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the session folder " + folder, e);
        }
        return new TopicFiles(folder, files);
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** The file of a topic, if the folder has it. */
    public Optional<Path> get(String topic) {
        return Optional.ofNullable(files.get(topic));
    }

    /** Whether the folder has a topic. */
    public boolean has(String topic) {
        return files.containsKey(topic);
    }

    /** Whether the folder has any topic file at all. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** File names of the topics present that this source does not read. */
    public List<String> ignored() {
        List<String> ignored = new ArrayList<>();
        files.forEach((topic, path) -> {
            if (!READ.contains(topic)) {
                ignored.add(path.getFileName().toString());
            }
        });
        return ignored;
    }
}
