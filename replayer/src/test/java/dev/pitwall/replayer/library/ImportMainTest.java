package dev.pitwall.replayer.library;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line importer, in process and as a real process killed in the middle of a download. */
class ImportMainTest {

    static final String RACE = LiveTimingImporterTest.RACE;

    @TempDir
    Path library;
    ArchiveServer archive;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        archive = ArchiveServer.serving(ArchiveServer.bundledArchive());
    }

    @AfterEach
    void stop() {
        archive.close();
    }

    int run(String... args) {
        return ImportMain.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsBySeasonMeetingAndSessionPrintingProgressAndASummary() {
        int status = run("--base-url", archive.baseUrl(), library.toString(), "2023", "Bahrain", "Race");

        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("Importing 2023 Bahrain Grand Prix - Race (key 7953) from " + archive.baseUrl() + RACE)
                .contains("[ 1/17] SessionInfo.jsonStream downloaded (471 B in library)")
                .contains("[17/17] Heartbeat.jsonStream absent")
                .contains("7 files in library (120.3 KiB): 7 downloaded now, 0 already present; 10 absent, 0 failed");
        assertThat(library.resolve(RACE + "TimingAppData.jsonStream")).exists();
    }

    @Test
    void importsByKeyAndByPath() {
        assertThat(run("--base-url", archive.baseUrl(), library.toString(), "2023", "--key", "7953")).isZero();
        assertThat(run("--base-url", archive.baseUrl(), library.toString(), "--path", RACE)).isZero();
        assertThat(out()).contains("7 already present");
    }

    @Test
    void failuresExitNonZeroWithAClearMessage() {
        assertThat(run("--base-url", archive.baseUrl(), library.toString(), "2023", "Bahrain", "Sprint")).isEqualTo(1);
        assertThat(err()).contains("error: 2023: no session matches meeting 'Bahrain', session 'Sprint'")
                .contains("Race [key 7953]");

        archive.override(RACE + "LapCount.jsonStream", aResponse().withStatus(500));
        assertThat(run("--base-url", archive.baseUrl(), library.toString(), "2023", "Bahrain", "Race")).isEqualTo(1);
        assertThat(out()).contains("INCOMPLETE import of 2023 Bahrain Grand Prix - Race")
                .contains("FAILED LapCount.jsonStream: GET " + archive.baseUrl() + RACE + "LapCount.jsonStream failed");
    }

    @Test
    void badUsageExitsWithTwoAndTheUsage() {
        assertThat(run(library.toString(), "2023", "Bahrain")).isEqualTo(2);
        assertThat(err()).contains("expected 4 positional argument(s)").contains("usage: ImportMain");
        assertThat(run(library.toString(), "--key", "x", "2023")).isEqualTo(2);
        assertThat(err()).contains("session key must be a number, was 'x'");
    }

    @Test
    void aProcessKilledMidDownloadIsResumedWithoutFetchingFinishedFilesAgain() throws Exception {
        String slowFile = RACE + "TimingAppData.jsonStream";
        StubMapping slow = archive.override(slowFile, aResponse().withStatus(200)
                .withBody(archive.bytes(slowFile)).withChunkedDribbleDelay(40, 30_000));
        Path output = library.resolveSibling(library.getFileName() + "-out.txt");
        Process process = new ProcessBuilder(javaCommand("--base-url", archive.baseUrl(), library.toString(),
                "2023", "Bahrain", "Race")).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Path part = library.resolve(RACE + "TimingAppData.jsonStream.part");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(part) && Files.size(part) > 0);
        } finally {
            assertThat(process.isAlive()).as("still downloading when killed").isTrue();
            process.destroyForcibly().waitFor();
        }
        assertThat(Files.readString(output)).contains("[ 6/17] RaceControlMessages.jsonStream downloaded");
        assertThat(library.resolve(RACE + "TimingAppData.jsonStream")).doesNotExist();
        assertThat(Files.size(part)).isLessThan(archive.bytes(slowFile).length);
        archive.removeOverride(slow);

        ImportResult resumed = new LiveTimingImporter(library, ArchiveConfig.defaults().withBaseUrl(archive.baseUrl()))
                .importSession(SessionSelector.byName(2023, "Bahrain", "Race"), ImportListener.NONE);

        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.alreadyPresent()).isEqualTo(6);
        assertThat(resumed.downloaded()).isEqualTo(1);
        assertThat(part).doesNotExist();
        assertThat(Files.readAllBytes(library.resolve(slowFile))).isEqualTo(archive.bytes(slowFile));
        for (String file : List.of("SessionInfo", "SessionStatus", "DriverList", "LapCount", "TrackStatus",
                "RaceControlMessages")) {
            assertThat(archive.requestsFor(RACE + file + ".jsonStream")).as(file).isEqualTo(1);
        }
        assertThat(archive.requestsFor(slowFile)).isEqualTo(2);
    }

    /** {@code java -cp <this test run's class path> ImportMain args...}. */
    private static List<String> javaCommand(String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java,
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", // as surefire runs the tests
                "-cp", classPath.replace(";", File.pathSeparator), ImportMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
