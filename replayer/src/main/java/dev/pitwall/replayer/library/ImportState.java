package dev.pitwall.replayer.library;

/** Where the service's archive import stands. */
public enum ImportState {
    /** No import has been asked for since the service started. */
    IDLE,
    /** An import is fetching files (only one runs at a time). */
    RUNNING,
    /** The last import finished with every file done or known absent. */
    DONE,
    /** The last import could not resolve its session, found nothing, or left files failed (see {@code error}). */
    FAILED
}
