package dev.pitwall.timing.replayer;

/** What the replayer answered: its status code and body (JSON for every answer of its API). */
public record ReplayerAnswer(int status, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
