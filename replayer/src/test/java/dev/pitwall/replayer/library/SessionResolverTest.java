package dev.pitwall.replayer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Choosing a session in the real 2023 season index. */
class SessionResolverTest {

    static final String URL = "https://example.test/static/2023/Index.json";
    static SeasonIndex index;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = new GZIPInputStream(SessionResolverTest.class.getResourceAsStream("/archive/2023/Index.json.gz"))) {
            index = SeasonIndex.parse(2023, in.readAllBytes());
        }
    }

    static ArchiveSession resolve(SessionSelector selector) {
        return SessionResolver.resolve(selector, Optional.of(index), URL);
    }

    @Test
    void parsesTheRealIndex() {
        assertThat(index.byMeeting()).hasSize(23).containsKey("São Paulo Grand Prix");
        ArchiveSession race = resolve(SessionSelector.byKey(2023, 7953));
        assertThat(race).isEqualTo(new ArchiveSession(2023, "Bahrain Grand Prix", 7953, "Race", "Race",
                "2023-03-05T18:00:00", "2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/"));
        assertThat(race.meetingFolder()).isEqualTo("2023-03-05_Bahrain_Grand_Prix");
        assertThat(race.sessionFolder()).isEqualTo("2023-03-05_Race");
    }

    @Test
    void matchesMeetingsByPartOfTheNameOrByFolderAndSessionsByNameFolderOrShortForm() {
        assertThat(resolve(SessionSelector.byName(2023, "BAHRAIN", "race")).key()).isEqualTo(7953);
        assertThat(resolve(SessionSelector.byName(2023, "2023-03-05_Bahrain_Grand_Prix", "2023-03-05_Race")).key())
                .isEqualTo(7953);
        assertThat(resolve(SessionSelector.byName(2023, "bahrain grand prix", "FP1")).name()).isEqualTo("Practice 1");
        assertThat(resolve(SessionSelector.byName(2023, "Azerbaijan", "Sprint")).key()).isEqualTo(9069);
        assertThat(resolve(SessionSelector.byName(2023, "Azerbaijan", "SQ")).name()).isEqualTo("Sprint Shootout");
        assertThat(resolve(SessionSelector.byName(2023, "paulo", "Sprint Shootout")).path())
                .isEqualTo("2023/2023-11-05_São_Paulo_Grand_Prix/2023-11-04_Sprint_Shootout/");
    }

    @Test
    void explainsAmbiguousAndPathlessChoices() {
        assertThatThrownBy(() -> resolve(SessionSelector.byName(2023, "Grand Prix", "Race")))
                .hasMessageContaining("'Grand Prix' matches several meetings (Bahrain Grand Prix, Saudi Arabian Grand Prix");
        // the 2023 index lists three nameless Qatar sessions with key -1 and no folder
        assertThatThrownBy(() -> resolve(SessionSelector.byKey(2023, -1)))
                .hasMessageContaining("session key -1 has no archive path in the index")
                .hasMessageContaining("Qatar Grand Prix (2023-10-08_Qatar_Grand_Prix): Practice 1 [key 9214]")
                .hasMessageContaining("Race [key -1] (no archive path)")
                .hasMessageContaining(URL);
    }

    @Test
    void aPathNeedsNoIndex() {
        ArchiveSession s = SessionResolver.resolve(
                SessionSelector.byPath("2020/2020-08-30_Belgian_Grand_Prix/2020-08-30_Race"), Optional.empty(), URL);
        assertThat(s).isEqualTo(new ArchiveSession(2020, "Belgian Grand Prix", 0, "Race", null, null,
                "2020/2020-08-30_Belgian_Grand_Prix/2020-08-30_Race/"));
        assertThatThrownBy(() -> SessionResolver.resolve(SessionSelector.byKey(2020, 1), Optional.empty(), URL))
                .hasMessage("the archive has no season index for 2020 at " + URL);
    }
}
