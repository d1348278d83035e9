package dev.pitwall.replayer.library;

import java.util.Locale;

/** Where one archive file stands in the library: downloaded, absent from the archive, or failed to download. */
public enum FileStatus {
    DONE, ABSENT, FAILED;

    /** The manifest spelling: {@code done}, {@code absent}, {@code failed}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FileStatus ofJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
