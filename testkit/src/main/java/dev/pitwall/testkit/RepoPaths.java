package dev.pitwall.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository and the shared reference data are, seen from a test. */
public final class RepoPaths {

    private RepoPaths() {
    }

    /** The repository root: {@code -Drepo.root}, else the nearest folder up that holds {@code mvnw}. */
    public static Path root() {
        String prop = System.getProperty("repo.root");
        if (prop != null && !prop.isBlank() && Files.exists(Path.of(prop, "mvnw"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("pitwall"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    /** The bundled races shipped in the repository ({@code data/races}). */
    public static Path bundledRaces() {
        return root().resolve("data/races");
    }

    /**
     * The wider reference corpus ({@code ../shared/data} beside the repository, or {@code PITWALL_SHARED_DATA}),
     * when this machine has it. Tests over it skip, saying so, when it is absent.
     */
    public static Optional<Path> sharedData() {
        String env = System.getenv("PITWALL_SHARED_DATA");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : root().resolveSibling("shared").resolve("data");
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** A folder of the shared corpus, or a skipped test (with the reason printed) when it is absent. */
    public static Path requireShared(String relative) {
        Path dir = sharedData().map(d -> d.resolve(relative)).orElse(null);
        if (dir == null || !Files.exists(dir)) {
            String why = "SKIPPED: the shared reference data " + relative + " is absent on this machine "
                    + "(expected ../shared/data beside the repository, or PITWALL_SHARED_DATA)";
            System.out.println(why);
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        return dir;
    }
}
