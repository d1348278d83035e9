package dev.pitwall.replayer.replay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.replayer.session.SessionLibrary;
import dev.pitwall.testkit.KafkaBrokerResource;
import dev.pitwall.testkit.LogCapture;
import dev.pitwall.testkit.RepoPaths;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The replayer's log lines about a session carry it in the MDC: a session with a corrupt telemetry line (car 44's
 * file) and a corrupt feed line, replayed through the API, logs the skipped lines with session, library id and,
 * for the telemetry line, the car; the start and the end of the replay (on the replay's own thread) name the session,
 * and so do an operator's pause, speed change and resume.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ReplayLogContextTest {

    static final String ID = "logging-test-race";
    static final String SESSION_KEY = "9693";

    @Test
    void linesAboutTheReplayNameItsSessionAndCar() throws IOException {
        copyWithCorruptLines(RepoPaths.bundledRaces().resolve("2025-australian-grand-prix-race"),
                RepoPaths.root().resolve("replayer/target/test-library").resolve(ID));
        try (LogCapture library = LogCapture.of(SessionLibrary.class); LogCapture replay = LogCapture.of(ReplayRun.class);
                LogCapture service = LogCapture.of(ReplayService.class)) {
            given().contentType("application/json").body(Map.of("session", ID, "speed", "max"))
                    .post("/api/replay/start").then().statusCode(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> !replay.containing("replay of " + ID + " finished").isEmpty());

            assertThat(library.containing("HAM.csv:4:")).as("the corrupt telemetry line").singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("session", SESSION_KEY)
                            .containsEntry("libraryId", ID).containsEntry("car", "44"));
            assertThat(library.containing("TrackStatus.jsonStream:4:")).as("the corrupt feed line").singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("session", SESSION_KEY)
                            .doesNotContainKey("car"));
            assertThat(service.containing("replaying " + ID)).singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("session", SESSION_KEY).containsEntry("libraryId", ID));
            assertThat(replay.containing("replay of " + ID + " finished")).singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("session", SESSION_KEY).doesNotContainKey("car"));
        }
    }

    @Test
    void anOperatorsPauseSpeedAndResumeAreLoggedWithTheSession() {
        String race = "2025-australian-grand-prix-race";
        try (LogCapture service = LogCapture.of(ReplayService.class)) {
            given().contentType("application/json").body(Map.of("session", race, "speed", "1", "fromLap", 10))
                    .post("/api/replay/start").then().statusCode(200);
            given().post("/api/replay/pause").then().statusCode(200);
            given().queryParam("value", "4").post("/api/replay/speed").then().statusCode(200);
            given().post("/api/replay/resume").then().statusCode(200);
            for (String what : List.of(": paused at session time", ": speed ", ": resumed at session time")) {
                assertThat(service.containing("replay of " + race + what)).as(what).singleElement()
                        .satisfies(line -> assertThat(line.mdc()).containsEntry("session", SESSION_KEY)
                                .containsEntry("libraryId", race));
            }
        } finally {
            given().post("/api/replay/stop");
        }
    }

    /**
     * The bundled race's feed files and lap table, its track, car 44's first telemetry rows with a corrupt line 4,
     * and a corrupt line 4 in the track status feed.
     */
    static void copyWithCorruptLines(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("fastf1/telemetry"));
        Files.createDirectories(to.resolve("track"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().startsWith("TrackStatus")) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Stream<Path> files = Files.list(from.resolve("track"))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve("track").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(from.resolve("fastf1/laps.jsonl.gz"), to.resolve("fastf1/laps.jsonl.gz"), StandardCopyOption.REPLACE_EXISTING);
        List<String> telemetry = firstLines(from.resolve("fastf1/telemetry/HAM.csv.gz"), 200);
        telemetry.set(3, "1,not-a-time,9481.0,0.0,2,23.0,0,0,0.0,1.0,2.0,3.0");
        Files.write(to.resolve("fastf1/telemetry/HAM.csv"), telemetry);
        List<String> status = firstLines(from.resolve("TrackStatus.jsonStream.gz"), Integer.MAX_VALUE);
        status.add(3, "00:17:50.000{\"Status\":");
        Files.write(to.resolve("TrackStatus.jsonStream"), status);
    }

    private static List<String> firstLines(Path gz, int n) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < n && (line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
