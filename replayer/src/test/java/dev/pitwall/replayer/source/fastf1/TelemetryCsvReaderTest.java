package dev.pitwall.replayer.source.fastf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.contract.CarSample;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SessionOrigin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetryCsvReaderTest {

    private static final SessionOrigin ORIGIN = new SessionOrigin(Instant.parse("2025-03-16T03:07:22.619Z"), "test");
    private static final Map<Integer, Long> LAP_STARTS = Map.of(1, 4_260_355L, 2, 4_377_726L);

    @TempDir
    Path tmp;

    @Test
    void readsEveryChannelAndPutsTheRowOnTheSessionClock() throws IOException {
        Path file = gz("NOR.csv.gz", TelemetryCsvReader.HEADER,
                "1,0.0,9504.34495104,0.0,2,18.0,0,0,0.003808143885181043,-1046.2353071713303,-1475.7613420348766,86.00032420124813",
                "2,0.119,9474.0,101.5,3,104.0,1,1,-3.2855071713665716e-30,-1046.0,-1476.0,86.0");
        List<CarSample> out = new ArrayList<>();

        TelemetryFile result = TelemetryCsvReader.read(file, "9693", "4", LAP_STARTS, ORIGIN, BadLinePolicy.FAIL, out::add);

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.samples()).isEqualTo(2);
        CarSample a = out.get(0);
        assertThat(a).isEqualTo(new CarSample("9693", "4", 0, ORIGIN.utc(4_260_355L), 4_260_355L, 1, "fastf1",
                9504.34495104, 0.0, 2, 18.0, 0, 0, 0.003808143885181043, -1046.2353071713303, -1475.7613420348766,
                86.00032420124813, null));
        CarSample b = out.get(1);
        assertThat(b.sessionTimeMs()).isEqualTo(4_377_726L + 119);
        assertThat(b.utc()).isEqualTo(Instant.parse("2025-03-16T03:07:22.619Z").plusMillis(4_377_845L));
        assertThat(b.throttle()).isEqualTo(104.0);
        assertThat(b.brake()).isEqualTo(1);
        assertThat(b.drs()).isEqualTo(1);
        assertThat(b.distance()).isEqualTo(-3.2855071713665716e-30);
    }

    @Test
    void emptyAndNanChannelsAreNullNotInvented() throws IOException {
        Path file = plain("VER.csv", TelemetryCsvReader.HEADER + "\r", "1,1.5,,nan,,NaN,,,,,,\r");
        List<CarSample> out = new ArrayList<>();

        TelemetryCsvReader.read(file, "9693", "1", LAP_STARTS, ORIGIN, BadLinePolicy.FAIL, out::add);

        assertThat(out).singleElement().satisfies(s -> {
            assertThat(s.sessionTimeMs()).isEqualTo(4_261_855L);
            assertThat(s.rpm()).isNull();
            assertThat(s.speed()).isNull();
            assertThat(s.gear()).isNull();
            assertThat(s.z()).isNull();
        });
    }

    @Test
    void corruptLineFailsNamingFileAndLine() throws IOException {
        Path file = corrupt();

        assertThatThrownBy(() -> TelemetryCsvReader.read(file, "9693", "4", LAP_STARTS, ORIGIN, BadLinePolicy.FAIL, s -> { }))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith(file + ":3: ")
                .hasMessageContaining("11 fields");
    }

    @Test
    void corruptLinesAreSkippedAndReported() throws IOException {
        Path file = corrupt();
        List<CarSample> out = new ArrayList<>();

        TelemetryFile result = TelemetryCsvReader.read(file, "9693", "4", LAP_STARTS, ORIGIN, BadLinePolicy.SKIP, out::add);

        assertThat(out).extracting(CarSample::sessionTimeMs).containsExactly(4_260_355L, 4_377_726L);
        assertThat(result.rows()).isEqualTo(5);
        assertThat(result.samples()).isEqualTo(2);
        assertThat(result.skipped()).extracting(s -> s.line()).containsExactly(3L, 4L, 5L);
        assertThat(result.skipped().get(0).reason()).contains("11 fields");
        assertThat(result.skipped().get(1).reason()).contains("not a number: '9x'");
        assertThat(result.skipped().get(2).reason()).contains("lap 9 has no LapStartTime");
    }

    @Test
    void aWrongHeaderIsRefusedWhateverThePolicy() throws IOException {
        Path file = gz("X.csv.gz", "lap,time,speed,rpm,gear,throttle,brake,drs,distance,x,y,z", "1,0.0,1,1,1,1,1,1,1,1,1,1");

        assertThatThrownBy(() -> TelemetryCsvReader.read(file, "9693", "4", LAP_STARTS, ORIGIN, BadLinePolicy.SKIP, s -> { }))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageStartingWith(file + ":1: header is");
    }

    private Path corrupt() throws IOException {
        return gz("NOR.csv.gz", TelemetryCsvReader.HEADER,
                "1,0.0,9504.3,0.0,2,18.0,0,0,0.0,-1046.2,-1475.7,86.0",
                "1,0.1,9504.3,0.0,2,18.0,0,0,0.0,-1046.2,-1475.7",
                "1,0.2,9x,0.0,2,18.0,0,0,0.0,-1046.2,-1475.7,86.0",
                "9,0.0,9504.3,0.0,2,18.0,0,0,0.0,-1046.2,-1475.7,86.0",
                "2,0.0,9504.3,0.0,2,18.0,0,0,0.0,-1046.2,-1475.7,86.0");
    }

    private Path gz(String name, String... lines) throws IOException {
        Path file = tmp.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private Path plain(String name, String... lines) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, String.join("\n", lines)); // no final newline on purpose
        return file;
    }
}
