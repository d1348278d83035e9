package dev.pitwall.staging.jolpica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.testkit.RepoPaths;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline mirror bundled in {@code data/jolpica}: every recorded reply is served whole and parses. */
class JolpicaMirrorTest {

    static final Path BUNDLED = RepoPaths.root().resolve("data/jolpica");

    private final PageParser parser = new PageParser(new ObjectMapper());

    @Test
    void everyBundledReplyIsServedAndHoldsTheTotalItsIndexRecords() throws IOException {
        JolpicaMirror mirror = JolpicaMirror.open(BUNDLED.toUri().toString());
        List<String> lines = Files.readAllLines(BUNDLED.resolve("index.tsv"), StandardCharsets.UTF_8);

        assertThat(mirror.size()).isEqualTo(lines.size() - 1).isEqualTo(8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            String path = cells[0].substring(JolpicaMirror.API_ROOT.length());
            JolpicaEndpoint endpoint = path.contains("/laps/") ? JolpicaEndpoint.LAPS
                    : path.endsWith("sprint.json") ? JolpicaEndpoint.SPRINT : JolpicaEndpoint.RESULTS;
            try (Response response = mirror.get(path, 100, 0)) {
                JolpicaPage page = parser.parse(path, response.readEntity(String.class), endpoint);
                assertThat(page.total()).as(path).isEqualTo(Integer.parseInt(cells[3]));
                assertThat(page.rows()).as(path).hasSize(page.total());
            }
        }
    }

    @Test
    void theBundledRaceResultsAreTheOfficialOnes() {
        JolpicaMirror mirror = JolpicaMirror.open(BUNDLED.toUri().toString());
        try (Response response = mirror.get("2025/1/results.json", 100, 0)) {
            JolpicaPage page = parser.parse("2025/1/results.json", response.readEntity(String.class), JolpicaEndpoint.RESULTS);
            assertThat(page.rows().get(0).path("Driver").path("driverId").asText()).isEqualTo("norris");
            assertThat(page.rows().stream().filter(r -> r.path("status").asText().equals("Finished")
                    || r.path("status").asText().startsWith("+") || r.path("status").asText().equals("Lapped"))).hasSize(14);
        }
    }

    @Test
    void aPathTheMirrorDoesNotHoldIsAnErrorNamingItNotAnEmptyAnswer() {
        JolpicaMirror mirror = JolpicaMirror.open(BUNDLED.toUri().toString());

        assertThatThrownBy(() -> mirror.get("2025/1/qualifying.json", 100, 0))
                .isInstanceOf(JolpicaException.class)
                .hasMessageContaining("2025/1/qualifying.json")
                .hasMessageContaining("not in the offline Jolpica mirror");
        assertThatThrownBy(() -> mirror.get("2025/1/results.json", 100, 100))
                .hasMessageContaining("offset=100");
    }

    @Test
    void aBrokenMirrorFailsWhenOpenedNamingTheLine(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> JolpicaMirror.open(dir.toUri().toString())).hasMessageContaining("has no index.tsv");

        Files.writeString(dir.resolve("index.tsv"), "url_path\tfile\n/ergast/f1/2025/1/results.json\tmissing.json.gz\n");
        assertThatThrownBy(() -> JolpicaMirror.open(dir.toUri().toString()))
                .hasMessageContaining("line 2").hasMessageContaining("no file missing.json.gz");
    }
}
