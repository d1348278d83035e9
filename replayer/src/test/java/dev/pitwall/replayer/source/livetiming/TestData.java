package dev.pitwall.replayer.source.livetiming;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the real feed files copied into the test resources. */
public final class TestData {

    private TestData() {
    }

    /** A test resource as a path, e.g. {@code livetiming/2025-miami-sprint}. */
    public static Path resource(String relative) {
        URL url = TestData.class.getResource("/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
