package dev.pitwall.replayer.model;

/** A line of a recorded file that could not be read and was skipped: which file, which line, and why. */
public record SkippedLine(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
