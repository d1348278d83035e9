package dev.pitwall.replayer.library;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real 2023 Bahrain GP race files from a real HTTP server: content, resume, retries, errors. */
class LiveTimingImporterTest {

    static final String RACE = "2023/2023-03-05_Bahrain_Grand_Prix/2023-03-05_Race/";

    /** SHA-256 prefixes recorded when these files were fetched from F1 (see the resources' README). */
    static final Map<String, String> RECORDED_SHA256 = Map.of(
            "SessionInfo.jsonStream", "a4ede9f3a5733d62", "SessionStatus.jsonStream", "6f43df599ba5a250",
            "DriverList.jsonStream", "4f75a8c954ec3dd0", "LapCount.jsonStream", "26d2a7d687cf5108",
            "TrackStatus.jsonStream", "89faba97b0e52e27", "RaceControlMessages.jsonStream", "2407d5f9dd17648e",
            "TimingAppData.jsonStream", "15f2c82ff0df740b");

    static final List<String> ABSENT_TOPICS = List.of("TimingData", "TimingStats", "WeatherData", "CarData.z",
            "Position.z", "TeamRadio", "ExtrapolatedClock", "TopThree", "SessionData", "Heartbeat");

    @TempDir
    Path library;
    ArchiveServer archive;

    @BeforeEach
    void start() {
        archive = ArchiveServer.serving(ArchiveServer.bundledArchive());
    }

    @AfterEach
    void stop() {
        archive.close();
    }

    LiveTimingImporter importer() {
        return new LiveTimingImporter(library, ArchiveConfig.defaults().withBaseUrl(archive.baseUrl())
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)));
    }

    @Test
    void importsTheSessionByYearMeetingAndNameByteForByte() throws Exception {
        List<ImportProgress> progress = new ArrayList<>();

        ImportResult result = importer().importSession(SessionSelector.byName(2023, "bahrain", "Race"), progress::add);

        Path dir = library.resolve(RACE);
        assertThat(result.directory()).isEqualTo(dir);
        assertThat(result.session().key()).isEqualTo(7953);
        assertThat(result.session().label()).isEqualTo("2023 Bahrain Grand Prix - Race (key 7953)");
        assertThat(result.complete()).isTrue();
        assertThat(result.sessionIndexPresent()).isFalse();
        assertThat(result.files()).hasSize(17);
        assertThat(result.downloaded()).isEqualTo(7);
        for (String file : RECORDED_SHA256.keySet()) {
            byte[] got = Files.readAllBytes(dir.resolve(file));
            assertThat(got).as(file).isEqualTo(archive.bytes(RACE + file));
            assertThat(sha256(got)).as(file).startsWith(RECORDED_SHA256.get(file));
            assertThat(got).as(file + " keeps its BOM").startsWith(0xEF, 0xBB, 0xBF);
        }
        assertThat(result.withStatus(FileStatus.DONE)).extracting(ManifestEntry::file)
                .containsExactlyInAnyOrderElementsOf(RECORDED_SHA256.keySet());
        assertThat(result.withStatus(FileStatus.ABSENT)).extracting(ManifestEntry::topic)
                .containsExactlyInAnyOrderElementsOf(ABSENT_TOPICS);
        assertThat(result.bytes()).isEqualTo(RECORDED_SHA256.keySet().stream()
                .mapToLong(f -> archive.bytes(RACE + f).length).sum());
        assertThat(Files.readAllBytes(library.resolve("2023/Index.json"))).isEqualTo(archive.bytes("2023/Index.json"));

        ImportManifest manifest = ImportManifest.read(dir).orElseThrow();
        assertThat(manifest.complete()).isTrue();
        assertThat(manifest.session()).isEqualTo(result.session());
        assertThat(manifest.entry("Index.json").orElseThrow().status()).isEqualTo(FileStatus.ABSENT);
        assertThat(manifest.entry("Index.json").orElseThrow().httpStatus()).isEqualTo(404);
        assertThat(manifest.entry("CarData.z.jsonStream").orElseThrow().status()).isEqualTo(FileStatus.ABSENT);
        assertThat(manifest.entry("TimingAppData.jsonStream").orElseThrow().sha256())
                .startsWith(RECORDED_SHA256.get("TimingAppData.jsonStream"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"))
                    .doesNotContain("CarData.z.jsonStream");
        }

        ImportProgress last = progress.get(progress.size() - 1);
        assertThat(last.finished()).isTrue();
        assertThat(last.filesDone()).isEqualTo(17).isEqualTo(last.filesTotal());
        assertThat(last.bytesDone()).isEqualTo(result.bytes());
        assertThat(progress).extracting(ImportProgress::filesDone).isSorted();
        assertThat(progress).filteredOn(p -> p.step() == ImportProgress.Step.DOWNLOADED).hasSize(7);
    }

    @Test
    void aSecondRunAfterAnAbortedOneFetchesOnlyWhatIsMissing() {
        List<String> finished = new ArrayList<>();
        ImportListener abortAfterThree = p -> {
            finished.add(p.file());
            if (finished.size() == 3) {
                throw new IllegalStateException("simulated crash after 3 files");
            }
        };
        assertThatThrownBy(() -> importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                abortAfterThree)).hasMessageContaining("simulated crash");
        assertThat(ImportManifest.read(library.resolve(RACE)).orElseThrow().entries())
                .filteredOn(e -> e.status() == FileStatus.DONE).hasSize(3);

        ImportResult second = importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE);

        assertThat(second.complete()).isTrue();
        assertThat(second.alreadyPresent()).isEqualTo(3);
        assertThat(second.downloaded()).isEqualTo(4);
        for (String topic : SessionFilePlanner.KNOWN_TOPICS) {
            assertThat(archive.requestsFor(RACE + topic + ".jsonStream")).as(topic).isEqualTo(1);
        }
        assertThat(archive.requestsFor(RACE + "Index.json")).as("session index asked once").isEqualTo(1);
    }

    @Test
    void aConnectionResetFileFailsNamingItsUrlAndIsFetchedAgainNextRun() throws Exception {
        String file = RACE + "DriverList.jsonStream";
        StubMapping reset = archive.override(file, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        ImportResult first = importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE);

        assertThat(first.complete()).isFalse();
        assertThat(first.withStatus(FileStatus.FAILED)).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("DriverList.jsonStream");
            assertThat(e.error()).contains(archive.baseUrl() + file).contains("after 3 attempts");
        });
        assertThat(first.withStatus(FileStatus.DONE)).hasSize(6);
        assertThat(first.summary()).startsWith("INCOMPLETE").contains("FAILED DriverList.jsonStream");
        // 3 attempts; the JDK client itself re-sends a GET once when a pooled connection dies under it
        int firstRunRequests = archive.requestsFor(file);
        assertThat(firstRunRequests).as("bounded retries").isBetween(3, 6);
        assertThat(ImportManifest.read(library.resolve(RACE)).orElseThrow().complete()).isFalse();

        archive.removeOverride(reset);
        ImportResult second = importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE);

        assertThat(second.complete()).isTrue();
        assertThat(second.downloaded()).isEqualTo(1);
        assertThat(second.alreadyPresent()).isEqualTo(6);
        assertThat(archive.requestsFor(file)).isEqualTo(firstRunRequests + 1);
        assertThat(archive.requestsFor(RACE + "TimingAppData.jsonStream")).isEqualTo(1);
        assertThat(archive.requestsFor(RACE + "CarData.z.jsonStream")).as("absent is not asked again").isEqualTo(1);
        assertThat(Files.readAllBytes(library.resolve(file))).isEqualTo(archive.bytes(file));
    }

    @Test
    void interruptingTheImportingThreadStopsItAndTheNextRunResumes() throws Exception {
        String slowFile = RACE + "TimingAppData.jsonStream";
        StubMapping slow = archive.override(slowFile, aResponse().withStatus(200).withBody(archive.bytes(slowFile))
                .withChunkedDribbleDelay(20, 20_000));
        java.util.concurrent.CountDownLatch sixDone = new java.util.concurrent.CountDownLatch(6);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                importer().importSession(SessionSelector.byPath(RACE), p -> sixDone.countDown());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        worker.start();
        assertThat(sixDone.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300); // now waiting on the slow file
        worker.interrupt();
        worker.join(5_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(ImportException.class).hasMessageContaining("interrupted")
                .hasMessageContaining(slowFile);
        archive.removeOverride(slow);
        ImportResult resumed = importer().importSession(SessionSelector.byPath(RACE), ImportListener.NONE);
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.alreadyPresent()).isEqualTo(6);
        assertThat(resumed.downloaded()).isEqualTo(1);
    }

    @Test
    void aDamagedFileInTheLibraryIsFetchedAgain() throws Exception {
        importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"), ImportListener.NONE);
        Path lapCount = library.resolve(RACE + "LapCount.jsonStream");
        Files.write(lapCount, new byte[] {1, 2, 3});

        ImportResult again = importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE);

        assertThat(again.downloaded()).isEqualTo(1);
        assertThat(Files.readAllBytes(lapCount)).isEqualTo(archive.bytes(RACE + "LapCount.jsonStream"));
        assertThat(archive.requestsFor(RACE + "LapCount.jsonStream")).isEqualTo(2);
        assertThat(archive.requestsFor(RACE + "DriverList.jsonStream")).isEqualTo(1);
    }

    @Test
    void aBurstOf503IsRetried() throws Exception {
        String file = RACE + "TimingAppData.jsonStream";
        var wm = archive.wireMock();
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(ArchiveServer.url(file)).atPriority(1)
                .inScenario("burst").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("one 503 sent")
                .willReturn(aResponse().withStatus(503)));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(ArchiveServer.url(file)).atPriority(1)
                .inScenario("burst").whenScenarioStateIs("one 503 sent").willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));

        ImportResult result = importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE);

        assertThat(result.complete()).isTrue();
        assertThat(archive.requestsFor(file)).isEqualTo(3);
        assertThat(Files.readAllBytes(library.resolve(file))).isEqualTo(archive.bytes(file));
    }

    @Test
    void aResponseThatDoesNotStartInTimeIsRetried() throws Exception {
        String file = RACE + "DriverList.jsonStream";
        var wm = archive.wireMock();
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(ArchiveServer.url(file)).atPriority(1)
                .inScenario("slow").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("slow once")
                .willReturn(aResponse().withStatus(200).withBody(archive.bytes(file)).withChunkedDribbleDelay(2, 4000)));
        LiveTimingImporter importer = new LiveTimingImporter(library, ArchiveConfig.defaults()
                .withBaseUrl(archive.baseUrl()).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(400))
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)));

        long start = System.nanoTime();
        ImportResult result = importer.importSession(SessionSelector.byPath(RACE), ImportListener.NONE);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(result.complete()).isTrue();
        assertThat(archive.requestsFor(file)).isEqualTo(2);
        assertThat(Files.readAllBytes(library.resolve(file))).isEqualTo(archive.bytes(file));
    }

    @Test
    void aSeasonIndexThatKeepsFailingIsAnErrorNamingItsUrl() {
        archive.override("2023/Index.json", aResponse().withStatus(503));

        assertThatThrownBy(() -> importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("GET " + archive.baseUrl() + "2023/Index.json")
                .hasMessageContaining("after 3 attempts: HTTP 503");
        assertThat(archive.requestsFor("2023/Index.json")).isEqualTo(3);
    }

    @Test
    void anUnknownSessionIsAnErrorListingTheSeason() {
        assertThatThrownBy(() -> importer().importSession(SessionSelector.byName(2023, "Bahrain", "Sprint"),
                ImportListener.NONE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no session matches meeting 'Bahrain', session 'Sprint'")
                .hasMessageContaining("Bahrain Grand Prix (2023-03-05_Bahrain_Grand_Prix): Practice 1 [key 7765]")
                .hasMessageContaining("Race [key 7953]")
                .hasMessageContaining("Abu Dhabi Grand Prix");
        assertThatThrownBy(() -> importer().importSession(SessionSelector.byName(2023, "Imola", "Race"),
                ImportListener.NONE)).hasMessageContaining("no session matches meeting 'Imola'")
                .hasMessageContaining("Azerbaijan Grand Prix");
        assertThatThrownBy(() -> importer().importSession(SessionSelector.byKey(2023, 1), ImportListener.NONE))
                .hasMessageContaining("no session matches session key 1");
        assertThatThrownBy(() -> importer().importSession(SessionSelector.byName(2024, "Bahrain", "Race"),
                ImportListener.NONE)).hasMessageContaining("no season index for 2024 at " + archive.baseUrl()
                        + "2024/Index.json");
        assertThat(library.resolve("2023/2023-03-05_Bahrain_Grand_Prix")).doesNotExist();
    }

    @Test
    void keyPathAndNamesSelectTheSameSession() {
        LiveTimingImporter importer = importer();
        ArchiveSession byName = importer.resolve(SessionSelector.byName(2023, "2023-03-05_Bahrain_Grand_Prix", "R"));
        assertThat(importer.resolve(SessionSelector.byKey(2023, 7953))).isEqualTo(byName);
        assertThat(importer.resolve(SessionSelector.byPath("/" + RACE.replace("/", "\\")))).isEqualTo(byName);
        assertThat(byName.path()).isEqualTo(RACE);
    }

    @Test
    void aPathWorksWithoutASeasonIndex() {
        archive.override("2023/Index.json", aResponse().withStatus(404));

        ImportResult result = importer().importSession(SessionSelector.byPath(RACE), ImportListener.NONE);

        assertThat(result.complete()).isTrue();
        assertThat(result.session().label()).isEqualTo("2023 Bahrain Grand Prix - Race");
        assertThat(result.withStatus(FileStatus.DONE)).hasSize(7);
    }

    @Test
    void theS3AccessDeniedAnswerForAMissingFileMeansAbsent() {
        archive.missingFilesAnswer(403, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
                + "<Message>Access Denied</Message></Error>");

        ImportResult result = importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE);

        assertThat(result.complete()).isTrue();
        assertThat(result.withStatus(FileStatus.ABSENT)).hasSize(10).allSatisfy(e -> assertThat(e.httpStatus())
                .isEqualTo(403));
    }

    @Test
    void aSessionIndexDecidesWhichFilesAreFetched() throws Exception {
        // The shape of a session Index.json as the archive serves it; the cached data has none for this race.
        String index = "\uFEFF{\"Feeds\":{"
                + "\"SessionInfo\":{\"KeyFramePath\":\"SessionInfo.json\",\"StreamPath\":\"SessionInfo.jsonStream\"},"
                + "\"LapCount\":{\"KeyFramePath\":\"LapCount.json\",\"StreamPath\":\"LapCount.jsonStream\"}}}";
        archive.serve(RACE + "Index.json", index.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        ImportResult result = importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"),
                ImportListener.NONE);

        assertThat(result.sessionIndexPresent()).isTrue();
        assertThat(result.files()).extracting(ManifestEntry::file).containsExactly("SessionInfo.jsonStream",
                "SessionInfo.json", "LapCount.jsonStream", "LapCount.json");
        assertThat(result.withStatus(FileStatus.ABSENT)).extracting(ManifestEntry::file)
                .containsExactly("SessionInfo.json", "LapCount.json");
        assertThat(archive.requestsFor(RACE + "TimingAppData.jsonStream")).isZero();
        assertThat(Files.readAllBytes(library.resolve(RACE + "Index.json"))).isEqualTo(archive.bytes(RACE + "Index.json"));

        importer().importSession(SessionSelector.byName(2023, "Bahrain", "Race"), ImportListener.NONE);
        assertThat(archive.requestsFor(RACE + "Index.json")).as("kept session index reused").isEqualTo(1);
    }

    @Test
    void aSessionWithNothingInTheArchiveIsAnErrorAndLeavesNothingBehind() {
        String path = "2023/2023-03-05_Bahrain_Grand_Prix/2023-03-04_Qualifying/";

        assertThatThrownBy(() -> importer().importSession(SessionSelector.byName(2023, "Bahrain", "Qualifying"),
                ImportListener.NONE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("none of the 17 topic files of 2023 Bahrain Grand Prix - Qualifying (key 7768)")
                .hasMessageContaining(archive.baseUrl() + path);
        assertThat(library.resolve(path)).doesNotExist();
    }

    @Test
    void aSecondImportOfTheSameFolderAtOnceIsRefused() {
        Path dir = library.resolve(RACE);
        try (FolderLock held = FolderLock.acquire(dir)) {
            assertThatThrownBy(() -> importer().importSession(SessionSelector.byPath(RACE), ImportListener.NONE))
                    .hasMessageContaining("another import is already writing " + dir);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
