package dev.pitwall.staging.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pitwall.staging.jolpica.JolpicaWireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * Serves the recorded 2023 replies of {@code src/test/resources/jolpica/recorded-2023.tsv} on the test's WireMock:
 * a recording that holds every row of its URL for any limit/offset, a partial one only for the offset it was
 * recorded at, and 404 "not recorded" for anything else (no invented data).
 */
final class RecordedJolpica {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One line of the index. */
    record Recording(String path, String file, String offset) {
        boolean complete() {
            return "*".equals(offset);
        }
    }

    private RecordedJolpica() {
    }

    static List<Recording> index() {
        List<Recording> list = new ArrayList<>();
        for (String line : read("recorded-2023.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            list.add(new Recording(f[0], f[1], f[2]));
        }
        return list;
    }

    static WireMockServer server() {
        return JolpicaWireMock.server();
    }

    /** Resets the server and stubs every recording, with 404 for the rest. */
    static WireMockServer serve() {
        WireMockServer wm = server();
        wm.resetAll();
        wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404).withBody("not recorded")));
        for (Recording r : index()) {
            MappingBuilder m = get(urlPathEqualTo(url(r.path()))).atPriority(5);
            if (!r.complete()) {
                m = m.withQueryParam("offset", equalTo(r.offset()));
            }
            wm.stubFor(m.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(read(r.file()))));
        }
        return wm;
    }

    /** The request path of an Ergast path, e.g. {@code /ergast/f1/2023/races.json}. */
    static String url(String path) {
        return JolpicaWireMock.PREFIX + "/" + path;
    }

    /** The full URL the client asks for, as the loader records it. */
    static String pageUrl(String path, int offset) {
        return server().baseUrl() + url(path) + "?limit=100&offset=" + offset;
    }

    /** {@code MRData.total} of a recorded file. */
    static int total(String file) {
        try {
            return Integer.parseInt(MAPPER.readTree(read(file)).get("MRData").get("total").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String file) {
        try {
            return MAPPER.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String name) {
        try (InputStream in = RecordedJolpica.class.getResourceAsStream("/jolpica/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The served requests, oldest first. */
    static List<ServeEvent> byTime() {
        return server().getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }

    /** Every row of every given table of a closed DuckDB file, all columns, as text in a stable order. */
    static Map<String, List<String>> snapshot(Path file, List<String> tables) throws Exception {
        Map<String, List<String>> all = new LinkedHashMap<>();
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), new Properties());
                Statement s = c.createStatement()) {
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(md.getColumnName(i)).append('=').append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                all.put(table, rows);
            }
        }
        return all;
    }
}
