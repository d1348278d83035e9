package dev.pitwall.replayer.library;

/** Why an archive import could not proceed; the message is meant for a person (it names the URL or file). */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
