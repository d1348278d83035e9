package dev.pitwall.staging.jolpica;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Every row of one endpoint across all its pages, with the page URLs fetched to get them.
 *
 * @param path     the Ergast path asked for, e.g. {@code 2025/1/results.json}
 * @param total    {@code MRData.total} as the last page reported it
 * @param rows     the rows in server order; rows nested in a race or standings list carry its {@code season} and
 *                 {@code round} (and lap timings their {@code lap}) copied in
 * @param pageUrls the URL of each page fetched, in order
 * @param pageRows how many of {@code rows} each page brought, in the same order as {@code pageUrls}
 */
@RegisterForReflection
public record JolpicaRows(String path, int total, List<JsonNode> rows, List<String> pageUrls, List<Integer> pageRows) {

    public JolpicaRows {
        rows = List.copyOf(rows);
        pageUrls = List.copyOf(pageUrls);
        pageRows = List.copyOf(pageRows);
        if (pageRows.size() != pageUrls.size() || pageRows.stream().mapToInt(Integer::intValue).sum() != rows.size()) {
            throw new IllegalArgumentException(path + ": page row counts " + pageRows + " do not add up to "
                    + rows.size() + " rows over " + pageUrls.size() + " pages");
        }
    }

    /** The URL of the page row {@code index} came from. */
    public String pageUrlOf(int index) {
        int end = 0;
        for (int page = 0; page < pageRows.size(); page++) {
            end += pageRows.get(page);
            if (index < end) {
                return pageUrls.get(page);
            }
        }
        throw new IndexOutOfBoundsException(path + ": no row " + index + " of " + rows.size());
    }
}
