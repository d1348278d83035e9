package dev.pitwall.replayer.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The race library: every recorded-session folder under the configured library folders, by id. The id of
 * a session is its path below its library folder with {@code /} written as {@code .}
 * (e.g. {@code 2025-australian-grand-prix-race}, {@code 2023.2023-03-05_Bahrain_Grand_Prix.2023-03-05_Race}).
 */
public final class SessionCatalog {

    private static final int MAX_DEPTH = 4;

    private final List<Path> roots;

    public SessionCatalog(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Session folders by id, sorted by id; the first library folder wins when two hold the same id. */
    public Map<String, Path> sessions() {
        Map<String, Path> out = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(root, MAX_DEPTH)) {
                dirs.filter(Files::isDirectory).filter(d -> !d.equals(root)).filter(SessionFolder::isSession)
                        .forEach(d -> out.putIfAbsent(idOf(root.relativize(d)), d));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the race library " + root, e);
            }
        }
        return out;
    }

    /** The folder of a session, or {@link UnknownSessionException} listing the known ids. */
    public Path folder(String id) {
        Map<String, Path> all = sessions();
        Path dir = all.get(id);
        if (dir == null) {
            throw new UnknownSessionException(id, new ArrayList<>(all.keySet()));
        }
        return dir;
    }

    /** The library folders searched. */
    public List<Path> roots() {
        return roots;
    }

    static String idOf(Path relative) {
        return relative.toString().replace(java.io.File.separatorChar, '.');
    }
}
