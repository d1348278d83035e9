package dev.pitwall.replayer.track;

/** A session of the library that has no track outline in its folder. */
public class NoTrackException extends RuntimeException {

    private final String session;

    public NoTrackException(String session) {
        super("session '" + session + "' has no track outline (no " + TrackReader.OUTLINE + " in its folder)");
        this.session = session;
    }

    public String session() {
        return session;
    }
}
