package dev.pitwall.replayer.model;

import java.time.LocalDate;

/**
 * What a recorded session is: F1's session key, its name ("Race", "Sprint"), the meeting ("Australian
 * Grand Prix"), its type, its local date, and its archive path when known.
 */
public record SessionDescriptor(String sessionKey, String name, String meeting, String type, LocalDate date,
        String archivePath) {
}
