package dev.pitwall.replayer.library;

/** Receives an import's progress. Runs on the importing thread; an exception thrown here aborts the import. */
@FunctionalInterface
public interface ImportListener {

    /** Ignores every report. */
    ImportListener NONE = progress -> { };

    void onProgress(ImportProgress progress);
}
