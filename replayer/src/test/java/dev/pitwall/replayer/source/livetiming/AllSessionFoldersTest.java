package dev.pitwall.replayer.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.CarRecord;
import dev.pitwall.contract.Topics;
import dev.pitwall.replayer.model.BadLinePolicy;
import dev.pitwall.replayer.model.SessionOrigin;
import dev.pitwall.replayer.model.SessionParts;
import dev.pitwall.replayer.model.TimedEvent;
import dev.pitwall.testkit.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every real session folder of the shared live-timing archive is read whole, strictly, without a skipped line. */
class AllSessionFoldersTest {

    @TestFactory
    Stream<DynamicTest> everySessionFolderParses() throws IOException {
        Path root = RepoPaths.requireShared("livetiming/f1_static");
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root)) {
            folders = walk.filter(LiveTimingSource::isSessionFolder).sorted().toList();
        }
        assertThat(folders).hasSizeGreaterThan(30);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(root.relativize(folder).toString(),
                () -> readsCleanly(folder)));
    }

    private static void readsCleanly(Path folder) {
        SessionOrigin origin = LiveTimingSource.findOrigin(folder, BadLinePolicy.FAIL);
        SessionParts parts = new LiveTimingSource().read(folder, "key", origin, BadLinePolicy.FAIL);
        assertThat(parts.skipped()).isEmpty();
        TopicFiles files = TopicFiles.in(folder);
        boolean hasEventTopics = TopicFiles.READ.stream().anyMatch(t -> !t.equals("SessionInfo") && files.has(t));
        if (hasEventTopics) {
            assertThat(parts.events()).as("events of %s", folder).isNotEmpty();
        }
        for (TimedEvent e : parts.events()) {
            assertThat(e.record().seq()).isZero();
            assertThat(e.record().sessionKey()).isEqualTo("key");
            assertThat(e.record().utc()).isEqualTo(origin.utc(e.sessionTimeMs()));
            assertThat(e.sessionTimeMs()).isEqualTo(e.record().sessionTimeMs());
            if (Topics.isPerCar(e.topic())) {
                assertThat(e.key()).isEqualTo(((CarRecord) e.record()).car());
            } else {
                assertThat(e.topic()).isEqualTo(Topics.RACE_EVENTS);
                assertThat(e.key()).isEqualTo("key");
            }
        }
        assertThat(parts.timingFeed()).isEqualTo(files.has("TimingData"));
        assertThat(parts.carData()).isFalse();
        assertThat(parts.notes()).contains("no CarData.z in this session: no telemetry",
                "no Position.z in this session: no car positions");
    }
}
