package dev.pitwall.replayer.library;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Archive paths: normalised, kept inside the library, and encoded for URLs (São Paulo is a real folder). */
class ArchivePathsTest {

    @Test
    void normalisesSessionFolders() {
        assertThat(ArchivePaths.sessionFolder(" /2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race "))
                .isEqualTo("2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/");
        assertThat(ArchivePaths.sessionFolder("2023\\2023-03-05_Bahrain_Grand_Prix\\2023-03-05_Race\\"))
                .isEqualTo("2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/");
        assertThat(ArchivePaths.yearOf("2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/")).isEqualTo(2023);
    }

    @Test
    void refusesPathsThatLeaveTheLibraryOrAreNotSessions() {
        assertThatThrownBy(() -> ArchivePaths.sessionFolder("2023/../../etc/")).hasMessageContaining("unsafe segment '..'");
        assertThatThrownBy(() -> ArchivePaths.sessionFolder("2023//x/")).hasMessageContaining("unsafe segment ''");
        assertThatThrownBy(() -> ArchivePaths.sessionFolder("Bahrain/Race/")).hasMessageContaining("not a session folder");
        assertThatThrownBy(() -> ArchivePaths.sessionFolder("2023/")).hasMessageContaining("not a session folder");
        assertThatThrownBy(() -> ArchivePaths.sessionFolder("C:/2023/x/")).hasMessageContaining("relative");
        assertThatThrownBy(() -> ArchivePaths.fileInSession("/etc/passwd")).hasMessageContaining("relative");
        assertThatThrownBy(() -> ArchivePaths.fileInSession("../x.json")).hasMessageContaining("unsafe");
        assertThat(ArchivePaths.fileInSession("TeamRadio/x.mp3")).isEqualTo("TeamRadio/x.mp3");
    }

    @Test
    void encodesNonAsciiFoldersAsUtf8PercentEscapes() {
        assertThat(ArchivePaths.urlEncode("2023/2023-11-05_São_Paulo_Grand_Prix/2023-11-03_Practice_1/"))
                .isEqualTo("2023/2023-11-05_S%C3%A3o_Paulo_Grand_Prix/2023-11-03_Practice_1/");
        assertThat(ArchivePaths.urlEncode("a b/c#d?e")).isEqualTo("a%20b/c%23d%3Fe");
    }

    @Test
    void fetchesANonAsciiPathFromARealServer() {
        try (ArchiveServer server = ArchiveServer.empty()) {
            server.wireMock().stubFor(get(urlEqualTo("/static/2023/2023-11-05_S%C3%A3o_Paulo_Grand_Prix/x.json"))
                    .willReturn(aResponse().withBody("ok")));
            ArchiveClient client = new ArchiveClient(ArchiveConfig.defaults().withBaseUrl(server.baseUrl()));

            ArchiveClient.Fetched<byte[]> fetched = client.fetchBytes("2023/2023-11-05_São_Paulo_Grand_Prix/x.json");

            assertThat(fetched.present()).isTrue();
            assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("ok");
        }
    }
}
