package dev.pitwall.replayer.source.fastf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SessionOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LapTableReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheBundledLapTable() {
        LapTable table = LapTableReader.read(FastF1Source.lapsFile(BundledRace.fastf1()), BadLinePolicy.FAIL);

        assertThat(table.laps()).hasSize(927);
        assertThat(table.skipped()).isEmpty();
        assertThat(table.byDriver()).hasSize(20);
        assertThat(table.maxLap()).isEqualTo(57);
        assertThat(table.laps().stream().filter(l -> l.lapTime() == null)).hasSize(69);
        FastF1Lap nor10 = table.byDriver().get("NOR").get(9);
        assertThat(nor10.lap()).isEqualTo(10);
        assertThat(nor10.lapStartTime()).isEqualTo(5_477_450L);
        assertThat(nor10.lapTime()).isEqualTo(92_130L);
        FastF1Lap nor1 = table.byDriver().get("NOR").get(0);
        assertThat(nor1.sector1Time()).isNull();
        assertThat(nor1.sector2Time()).isEqualTo(20_913L);
        assertThat(nor1.compound()).isEqualTo("INTERMEDIATE");
        assertThat(nor1.freshTyre()).isTrue();
        assertThat(nor1.trackStatus()).isEqualTo("124");
        assertThat(table.byDriver().get("LAW")).hasSize(47);
        assertThat(table.byDriver().get("HAD")).hasSize(1);
    }

    @Test
    void originIsLapStartDateMinusLapStartTime() {
        SessionOrigin origin = FastF1Source.origin(BundledRace.fastf1());

        // the shared README rounds it to 03:07:22.6Z; the table gives the millisecond
        assertThat(origin.utcAtZero()).isEqualTo(Instant.parse("2025-03-16T03:07:22.619Z"));
        assertThat(origin.anchor()).contains("LapStartDate - LapStartTime").contains("924 of 924");
        // the first race-control message (Utc 03:15:05) sits at offset 00:07:42
        assertThat(origin.utc(7 * 60_000 + 42_000)).isBetween(Instant.parse("2025-03-16T03:15:04Z"),
                Instant.parse("2025-03-16T03:15:06Z"));
    }

    @Test
    void corruptLineFailsNamingFileAndLine() throws IOException {
        Path file = corruptCopy();

        assertThatThrownBy(() -> LapTableReader.read(file, BadLinePolicy.FAIL))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith(file + ":3: ")
                .satisfies(e -> assertThat(((CorruptInputException) e).line()).isEqualTo(3));
    }

    @Test
    void corruptLinesAreSkippedAndReported() throws IOException {
        Path file = corruptCopy();

        LapTable table = LapTableReader.read(file, BadLinePolicy.SKIP);

        assertThat(table.laps()).hasSize(3);
        assertThat(table.skipped()).extracting(s -> s.line()).containsExactly(3L, 5L);
        assertThat(table.skipped().get(0).reason()).startsWith("not JSON");
        assertThat(table.skipped().get(1).reason()).contains("LapTime");
        assertThat(table.skipped().get(0).file()).isEqualTo(file.toString());
    }

    /** Five lines: three good ones, one cut short (line 3), one with a text lap time (line 5). */
    private Path corruptCopy() throws IOException {
        Path file = tmp.resolve("laps.jsonl");
        Files.write(file, List.of(
                "{\"Driver\":\"NOR\",\"LapNumber\":1.0,\"LapTime\":117099,\"Position\":1.0}",
                "{\"Driver\":\"NOR\",\"LapNumber\":2.0,\"LapTime\":null}",
                "{\"Driver\":\"NOR\",\"LapNumber\":3.0,\"LapTi",
                "{\"Driver\":\"VER\",\"LapNumber\":1.0}",
                "{\"Driver\":\"VER\",\"LapNumber\":2.0,\"LapTime\":\"1:22.167\"}"));
        return file;
    }
}
