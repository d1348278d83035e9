package dev.pitwall.replayer.source.fastf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FastF1 source over a small hand-made export folder: bad lines, unknown drivers, missing telemetry. */
class FastF1SourceFolderTest {

    @TempDir
    Path dir;

    private final Map<String, String> codeToCar = new LinkedHashMap<>();

    @BeforeEach
    void folder() throws IOException {
        codeToCar.put("NOR", "4");
        codeToCar.put("VER", "1");
        Files.write(dir.resolve("laps.jsonl"), List.of(
                "{\"Driver\":\"NOR\",\"LapNumber\":1.0,\"LapTime\":90000,\"LapStartTime\":1000,\"LapStartDate\":1742094443619,"
                        + "\"Sector1SessionTime\":31000,\"Sector1Time\":30000,\"Position\":1.0}",
                "{\"Driver\":\"NOR\",\"LapNumber\":2.0,\"LapTime\":null,\"LapStartTime\":91000,\"LapStartDate\":1742094533619,"
                        + "\"Sector3SessionTime\":180950,\"Position\":1.0}",
                "{\"Driver\":\"VER\",\"LapNumber\":1.0,\"LapTime\":91000,\"LapStartTime\":1000,\"LapStartDate\":1742094443619,\"Position\":2.0}",
                "{\"Driver\":\"XYZ\",\"LapNumber\":1.0,\"LapTime\":99000,\"LapStartTime\":1000,\"LapStartDate\":1742094443619}"));
        Path tel = Files.createDirectory(dir.resolve("telemetry"));
        Files.write(tel.resolve("NOR.csv"), List.of(TelemetryCsvReader.HEADER,
                "1,0.0,10000.0,0.0,1,10.0,0,0,0.0,1.0,2.0,3.0",
                "1,0.5,10000.0,50.0,2,100.0,0,0,5.0,1.5,2.5,3.0,9",
                "2,1.0,11000.0,250.0,7,100.0,0,1,70.0,9.0,9.0,3.0"));
        Files.write(tel.resolve("XYZ.csv"), List.of(TelemetryCsvReader.HEADER));
    }

    @Test
    void readsWhatItCanAndSaysWhatItLeftOut() {
        SessionOrigin origin = FastF1Source.origin(dir);
        assertThat(origin.utcAtZero()).isEqualTo(Instant.parse("2025-03-16T03:07:22.619Z"));

        SessionParts parts = FastF1Source.read(dir, "1", origin, codeToCar, BadLinePolicy.SKIP);

        assertThat(parts.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("NOR.csv");
            assertThat(s.line()).isEqualTo(3);
            assertThat(s.reason()).contains("more than 12 fields");
        });
        assertThat(parts.events().stream().filter(e -> e.topic().equals(Topics.CAR_SAMPLES)))
                .extracting(e -> e.sessionTimeMs()).containsExactly(1000L, 92_000L);
        List<LapRecord> laps = parts.events().stream().filter(e -> e.topic().equals(Topics.LAPS))
                .map(e -> (LapRecord) e.record()).toList();
        assertThat(laps).extracting(LapRecord::car, LapRecord::lap, LapRecord::sessionTimeMs)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("4", 1, 91_000L), // next lap's LapStartTime
                        org.assertj.core.groups.Tuple.tuple("4", 2, 180_950L), // no LapTime, no next lap: Sector3SessionTime
                        org.assertj.core.groups.Tuple.tuple("1", 1, 92_000L)); // LapStartTime + LapTime
        assertThat(parts.drivers()).extracting(d -> d.code()).containsExactly("NOR", "VER");
        assertThat(parts.notes()).anySatisfy(n -> assertThat(n).contains("XYZ is not in the driver list"));
        assertThat(parts.notes()).anySatisfy(n -> assertThat(n).contains("XYZ.csv left out"));
        assertThat(parts.notes()).anySatisfy(n -> assertThat(n).contains("1 cars, 2 samples; none for VER"));
        assertThat(parts.events()).noneMatch(e -> e.key().equals("XYZ"));
        assertThat(parts.carData()).isTrue();
        assertThat(parts.timingFeed()).isFalse();
    }

    @Test
    void failPolicyStopsAtTheBadLine() {
        SessionOrigin origin = FastF1Source.origin(dir);

        assertThatThrownBy(() -> FastF1Source.read(dir, "1", origin, codeToCar, BadLinePolicy.FAIL))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("NOR.csv:3:");
    }

    @Test
    void withoutTelemetryTheFlagsSaySo() throws IOException {
        for (String f : List.of("NOR.csv", "XYZ.csv")) {
            Files.delete(dir.resolve("telemetry").resolve(f));
        }
        Files.delete(dir.resolve("telemetry"));

        SessionParts parts = FastF1Source.read(dir, "1", FastF1Source.origin(dir), codeToCar, BadLinePolicy.FAIL);

        assertThat(parts.carData()).isFalse();
        assertThat(parts.positions()).isFalse();
        assertThat(parts.laps()).isTrue();
        assertThat(parts.notes()).anySatisfy(n -> assertThat(n).startsWith("telemetry: none"));
    }
}
