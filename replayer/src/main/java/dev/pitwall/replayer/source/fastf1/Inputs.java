package dev.pitwall.replayer.source.fastf1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a recorded file, gunzipping it on the fly when its name ends in {@code .gz}. */
final class Inputs {

    private static final int BUFFER = 1 << 16;

    private Inputs() {
    }

    static InputStream open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** {@code dir/name.gz} when it exists, else {@code dir/name} (which may not exist either). */
    static Path plainOrGz(Path dir, String name) {
        Path gz = dir.resolve(name + ".gz");
        return Files.exists(gz) ? gz : dir.resolve(name);
    }
}
