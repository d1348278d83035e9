package dev.pitwall.replayer.model;

/** What to do with a corrupt line of a recorded file. */
public enum BadLinePolicy {
    /** Skip it, count it and report it; the rest of the file is read. */
    SKIP,
    /** Stop reading the session with an error naming the file and line. */
    FAIL
}
