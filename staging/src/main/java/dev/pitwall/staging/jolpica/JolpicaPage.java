package dev.pitwall.staging.jolpica;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * One fetched page: its URL, the {@code MRData} paging numbers (sent as strings, parsed here) and its rows.
 *
 * @param limit the limit the server echoed back (it may differ from the one asked for)
 */
@RegisterForReflection
public record JolpicaPage(String url, int total, int limit, int offset, List<JsonNode> rows) {

    /** The offset of the next page, or -1 when this is the last one. */
    public int nextOffset() {
        int next = offset + limit;
        return next < total ? next : -1;
    }
}
