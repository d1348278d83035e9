package dev.pitwall.replayer.model;

/**
 * A line of a recorded file that could not be read and was skipped: which file, which line, and why; and the car
 * when the file is one car's (a FastF1 telemetry file), else null.
 */
public record SkippedLine(String file, long line, String reason, String car) {

    /** A skipped line of a file that is not one car's. */
    public SkippedLine(String file, long line, String reason) {
        this(file, line, reason, null);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
