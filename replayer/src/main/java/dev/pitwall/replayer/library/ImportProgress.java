package dev.pitwall.replayer.library;

/**
 * One progress report of an import: the file concerned and what happened to it, how many of the session's
 * files are finished out of how many, and the bytes of the session now in the library (including files that
 * were already there and the part of the current file received so far).
 */
public record ImportProgress(String sessionPath, String file, Step step, int filesDone, int filesTotal,
        long bytesDone) {

    /** What happened: a file is being received, or it finished one of four ways. */
    public enum Step {
        /** Bytes are arriving (reported about every MiB of a large file). */
        DOWNLOADING,
        DOWNLOADED,
        /** Already complete in the library from an earlier run: not fetched again. */
        ALREADY_PRESENT,
        /** The archive does not have this topic for the session. */
        ABSENT,
        FAILED
    }

    /** True once every file of the session is finished. */
    public boolean finished() {
        return step != Step.DOWNLOADING && filesDone == filesTotal;
    }

    /** A one-line description, e.g. {@code [ 3/17] DriverList.jsonStream downloaded (18.1 KiB in library)}. */
    public String line() {
        int width = String.valueOf(filesTotal).length();
        return String.format("[%" + width + "d/%d] %s %s (%s in library)", filesDone, filesTotal, file,
                step.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), bytes(bytesDone));
    }

    /** Bytes for people: {@code 512 B}, {@code 17.9 KiB}, {@code 3.2 MiB}. */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        double kib = n / 1024.0;
        return kib < 1024 ? String.format(java.util.Locale.ROOT, "%.1f KiB", kib)
                : String.format(java.util.Locale.ROOT, "%.1f MiB", kib / 1024);
    }
}
