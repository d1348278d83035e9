package dev.pitwall.staging.jolpica;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Every row of one endpoint across all its pages, with the page URLs fetched to get them.
 *
 * @param path  the Ergast path asked for, e.g. {@code 2025/1/results.json}
 * @param total {@code MRData.total} as the last page reported it
 * @param rows  the rows in server order; rows nested in a race or standings list carry its {@code season} and
 *              {@code round} (and lap timings their {@code lap}) copied in
 */
@RegisterForReflection
public record JolpicaRows(String path, int total, List<JsonNode> rows, List<String> pageUrls) {
}
