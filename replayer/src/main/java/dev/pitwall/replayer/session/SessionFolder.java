package dev.pitwall.replayer.session;

import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a recorded-session folder and finds its files, plain or gzipped. */
public final class SessionFolder {

    /** The FastF1 export sub-folder of a session. */
    public static final String FASTF1 = "fastf1";

    private SessionFolder() {
    }

    /** Whether a folder holds a recorded session: live-timing topic files or a FastF1 lap table. */
    public static boolean isSession(Path dir) {
        return find(dir, "SessionInfo.jsonStream") != null || find(dir, "DriverList.jsonStream") != null
                || find(dir.resolve(FASTF1), "laps.jsonl") != null;
    }

    /** Whether the folder has a FastF1 export. */
    public static boolean hasFastF1(Path dir) {
        return find(dir.resolve(FASTF1), "laps.jsonl") != null;
    }

    /** Whether the folder has any live-timing topic file. */
    public static boolean hasLiveTiming(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".jsonStream") || name.endsWith(".jsonStream.gz");
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** {@code name} or {@code name.gz} in {@code dir}, or null. */
    public static Path find(Path dir, String name) {
        Path plain = dir.resolve(name);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gz = dir.resolve(name + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }
}
