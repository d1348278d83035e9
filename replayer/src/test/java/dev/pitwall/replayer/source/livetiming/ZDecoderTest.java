package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two real .z messages of the 2025 Australian GP (golden vectors) and how they become car samples. */
class ZDecoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant ZERO = Instant.parse("2025-03-16T03:07:22.347Z");

    @TempDir
    Path dir;

    private static String b64(String topic) throws IOException {
        return Files.readString(TestData.resource("livetiming/samples/2025_AUS_R_" + topic + ".sample.b64.txt")).trim();
    }

    private static JsonNode decoded(String topic) throws IOException {
        return JSON.readTree(TestData.resource("livetiming/samples/2025_AUS_R_" + topic + ".sample.decoded.json").toFile());
    }

    @Test
    void carDataSampleDecodesToExactlyItsJson() throws IOException {
        assertThat(ZDecoder.decode(b64("CarData.z"))).isEqualTo(decoded("CarData.z"));
    }

    @Test
    void positionSampleDecodesToExactlyItsJson() throws IOException {
        assertThat(ZDecoder.decode(b64("Position.z"))).isEqualTo(decoded("Position.z"));
    }

    @Test
    void notBase64OrNotDeflateIsRefused() {
        assertThatThrownBy(() -> ZDecoder.decode("not base64 !!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZDecoder.decode("aGVsbG8gd29ybGQ=")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void carDataBecomesOneSamplePerCarAndEntryOnItsOwnTime() throws IOException {
        TelemetryMapper mapper = new TelemetryMapper(new FeedContext("9693", new SessionOrigin(ZERO, "t")), false);
        List<CarSample> samples = mapper.carData(decoded("CarData.z"));
        assertThat(samples).hasSize(4 * 20).allSatisfy(s -> assertThat(s.source()).isEqualTo("cardata"));
        CarSample alonso = samples.stream().filter(s -> s.car().equals("14")).reduce((a, b) -> b).orElseThrow();
        assertThat(alonso.utc()).isEqualTo(Instant.parse("2025-03-16T06:04:35.0090298Z"));
        assertThat(alonso.sessionTimeMs()).isEqualTo(java.time.Duration.between(ZERO, alonso.utc()).toMillis());
        assertThat(alonso.gear()).isEqualTo(5);
        assertThat(alonso.throttle()).isEqualTo(104.0);
        assertThat(alonso.brake()).isEqualTo(104);
        assertThat(alonso.drs()).isEqualTo(1);
        assertThat(alonso.rpm()).isZero();
        assertThat(alonso.x()).isNull();
        CarSample leclerc = samples.stream().filter(s -> s.car().equals("16")).findFirst().orElseThrow();
        assertThat(leclerc.drs()).isEqualTo(8);
    }

    @Test
    void positionsKeepANoFixSampleAndMarkIt() throws IOException {
        TelemetryMapper mapper = new TelemetryMapper(new FeedContext("9693", new SessionOrigin(ZERO, "t")), true);
        List<CarSample> samples = mapper.position(decoded("Position.z"));
        assertThat(samples).hasSize(2 * 20);
        CarSample verstappen = samples.get(0);
        assertThat(verstappen.car()).isEqualTo("1");
        assertThat(verstappen.source()).isEqualTo("position");
        assertThat(List.of(verstappen.x(), verstappen.y(), verstappen.z())).containsExactly(-975.0, -1345.0, 82.0);
        assertThat(verstappen.status()).isEqualTo("OnTrack");
        assertThat(verstappen.rpm()).isNull();
        CarSample hadjar = samples.stream().filter(s -> s.car().equals("6")).findFirst().orElseThrow();
        assertThat(List.of(hadjar.x(), hadjar.y(), hadjar.z())).containsExactly(0.0, 0.0, 0.0);
        assertThat(hadjar.status()).isEqualTo(TelemetryMapper.NO_FIX);
    }

    @Test
    void zStreamFilesAreReadAndAnchorTheClockWhenNothingElseDoes() throws IOException {
        Files.writeString(dir.resolve("CarData.z.jsonStream"), "\uFEFF00:00:01.000\"" + b64("CarData.z") + "\"\r\n");
        Files.writeString(dir.resolve("Position.z.jsonStream"), "\uFEFF00:00:01.500\"" + b64("Position.z") + "\"\r\n");
        SessionParts parts = new LiveTimingSource().read(dir, "9693", null, BadLinePolicy.FAIL);
        assertThat(parts.carData()).isTrue();
        assertThat(parts.positions()).isTrue();
        assertThat(parts.events()).hasSize(80 + 40).allSatisfy(e -> assertThat(e.topic()).isEqualTo(Topics.CAR_SAMPLES));
        // the origin is the newest CarData sample time minus its line offset: that sample sits at 1000 ms
        assertThat(parts.events()).filteredOn(e -> e.record().utc().equals(Instant.parse("2025-03-16T06:04:35.0090298Z")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.sessionTimeMs()).isEqualTo(1000));
        assertThat(parts.notes()).anyMatch(n -> n.startsWith("clock anchored to CarData.z sample Utc"));
        assertThat(parts.notes()).contains("no TimingData in this session: no timing updates, gaps or lap times from the feed");
    }

    @Test
    void aBadZLineIsACorruptLine() throws IOException {
        Files.writeString(dir.resolve("CarData.z.jsonStream"),
                "00:00:01.000\"" + b64("CarData.z") + "\"\r\n00:00:02.000\"bm90IGRlZmxhdGU=\"\r\n");
        SessionOrigin origin = new SessionOrigin(ZERO, "t");
        assertThatThrownBy(() -> new LiveTimingSource().read(dir, "9693", origin, BadLinePolicy.FAIL))
                .isInstanceOf(CorruptInputException.class).hasMessageStartingWith("CarData.z.jsonStream:2:");
        SessionParts parts = new LiveTimingSource().read(dir, "9693", origin, BadLinePolicy.SKIP);
        assertThat(parts.events()).hasSize(80);
        assertThat(parts.skipped()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(2));
    }
}
