package dev.pitwall.replayer.library;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A season as the archive's index lists it, for a session picker: every session with its meeting, F1's key,
 * name, type, local start, archive path (null when the index gives none: such a session cannot be imported)
 * and, when it is already in the race library, its library id.
 */
@RegisterForReflection
public record SeasonListing(int year, String indexUrl, List<Entry> sessions) {

    /** One session of the season. */
    @RegisterForReflection
    public record Entry(String meeting, int key, String name, String type, String startDate, String path,
            String libraryId) {
    }
}
