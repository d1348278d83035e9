package dev.pitwall.replayer.model;

/** A recorded file could not be read; the message names the file and line. */
public class CorruptInputException extends RuntimeException {

    private final String file;
    private final long line;

    public CorruptInputException(String file, long line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
