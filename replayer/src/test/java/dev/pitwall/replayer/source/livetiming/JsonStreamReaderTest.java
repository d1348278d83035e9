package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.contract.RaceEvent;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.CorruptInputException;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.SkippedLine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStreamReaderTest {

    private static final String BOM = "\uFEFF";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsBomCrlfOffsetsAndJson() throws IOException {
        Path file = write("LapCount.jsonStream", BOM + "00:00:06.021{\"CurrentLap\":1,\"TotalLaps\":58}\r\n"
                + "00:58:45.306{\"TotalLaps\":57}\r\n");
        List<FeedLine> lines = JsonStreamReader.readAll(file, BadLinePolicy.FAIL);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).offsetMs()).isEqualTo(6_021);
        assertThat(lines.get(0).json().get("TotalLaps").asInt()).isEqualTo(58);
        assertThat(lines.get(1).line()).isEqualTo(2);
        assertThat(lines.get(1).offsetMs()).isEqualTo(58 * 60_000 + 45_306);
        assertThat(lines.get(1).file()).isEqualTo("LapCount.jsonStream");
    }

    @Test
    void readsGzippedFilesWithLfEndings() throws IOException {
        Path file = dir.resolve("TrackStatus.jsonStream.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((BOM + "00:00:00.000{\"Status\":\"1\",\"Message\":\"AllClear\"}\n"
                    + "00:13:47.950{\"Status\":\"2\",\"Message\":\"Yellow\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        List<FeedLine> lines = JsonStreamReader.readAll(file, BadLinePolicy.FAIL);
        assertThat(lines).extracting(l -> l.json().get("Message").asText()).containsExactly("AllClear", "Yellow");
    }

    @Test
    void aBadLineFailsNamingFileAndLine() throws IOException {
        Path file = write("TrackStatus.jsonStream", BOM + "00:00:00.000{\"Status\":\"1\"}\r\n"
                + "00:13:47.950{\"Status\":\"2\"}\r\n" + "garbage that is no line\r\n" + "00:31:57.742{\"Status\":\"1\"}\r\n");
        assertThatThrownBy(() -> JsonStreamReader.readAll(file, BadLinePolicy.FAIL))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("TrackStatus.jsonStream")
                .hasMessageContaining(":3:")
                .satisfies(e -> {
                    assertThat(((CorruptInputException) e).file()).isEqualTo("TrackStatus.jsonStream");
                    assertThat(((CorruptInputException) e).line()).isEqualTo(3);
                });
    }

    @Test
    void badJsonAfterAGoodOffsetFailsToo() throws IOException {
        Path file = write("LapCount.jsonStream", "00:00:06.021{\"CurrentLap\":1}\n00:01:00.000{\"CurrentLap\":2\n");
        assertThatThrownBy(() -> JsonStreamReader.readAll(file, BadLinePolicy.FAIL))
                .hasMessageContaining("LapCount.jsonStream:2:").hasMessageContaining("bad JSON");
        Path trailing = write("SessionStatus.jsonStream", "00:00:06.021{\"Status\":\"Started\"} trailing\n");
        assertThatThrownBy(() -> JsonStreamReader.readAll(trailing, BadLinePolicy.FAIL))
                .hasMessageContaining("SessionStatus.jsonStream:1:");
    }

    @Test
    void skipKeepsTheOtherLinesAndReportsTheSkippedOne() throws IOException {
        Path file = write("TrackStatus.jsonStream", BOM + "00:00:00.000{\"Status\":\"1\"}\r\n"
                + "00:13:47.950{\"Status\":\"2\"}\r\n" + "00:1x:00.000{\"Status\":\"5\"}\r\n" + "00:31:57.742{\"Status\":\"1\"}\r\n");
        List<FeedLine> lines = new ArrayList<>();
        FeedFile result = JsonStreamReader.read(file, BadLinePolicy.SKIP, lines::add);
        assertThat(lines).extracting(FeedLine::line).containsExactly(1L, 2L, 4L);
        assertThat(result.linesRead()).isEqualTo(3);
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("TrackStatus.jsonStream");
            assertThat(s.line()).isEqualTo(3);
            assertThat(s.reason()).contains("bad offset prefix");
        });
    }

    @Test
    void theSourceFailsOrSkipsPerPolicyAndKeepsWhatItRead() throws IOException {
        write("TrackStatus.jsonStream", BOM + "00:00:00.000{\"Status\":\"1\",\"Message\":\"AllClear\"}\r\n"
                + "00:13:47.950{\"Status\":\"2\",\"Message\":\"Yellow\"}\r\n" + "00:20:00.000{not json}\r\n"
                + "00:31:57.742{\"Status\":\"1\",\"Message\":\"AllClear\"}\r\n");
        var origin = new dev.pitwall.replayer.model.SessionOrigin(Instant.parse("2025-01-01T00:00:00Z"), "test");
        assertThatThrownBy(() -> new LiveTimingSource().read(dir, "k", origin, BadLinePolicy.FAIL))
                .isInstanceOf(CorruptInputException.class).hasMessageStartingWith("TrackStatus.jsonStream:3:");

        SessionParts parts = new LiveTimingSource().read(dir, "k", origin, BadLinePolicy.SKIP);
        assertThat(parts.skipped()).extracting(SkippedLine::file, SkippedLine::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TrackStatus.jsonStream", 3L));
        assertThat(parts.events()).extracting(e -> ((RaceEvent) e.record()).trackStatus().message())
                .containsExactly("AllClear", "Yellow", "AllClear");
        assertThat(parts.notes()).anyMatch(n -> n.contains("1 corrupt line(s) skipped") && n.contains("TrackStatus.jsonStream:3"));
    }
}
