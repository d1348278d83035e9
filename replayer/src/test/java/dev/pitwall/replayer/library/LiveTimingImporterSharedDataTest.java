package dev.pitwall.replayer.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.testkit.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports every session folder of the shared copy of the archive ({@code ../shared/data/livetiming/f1_static})
 * from a real HTTP server; skipped, saying why, where that copy is absent.
 */
class LiveTimingImporterSharedDataTest {

    @TempDir
    Path library;

    @Test
    void importsEverySharedSessionByteForByteAndFindsItByName() throws Exception {
        Path root = RepoPaths.requireShared("livetiming/f1_static");
        try (ArchiveServer archive = ArchiveServer.serving(root)) {
            Map<String, List<String>> filesBySession = archive.files().keySet().stream()
                    .filter(p -> p.split("/").length == 4)
                    .collect(Collectors.groupingBy(p -> p.substring(0, p.lastIndexOf('/') + 1)));
            LiveTimingImporter importer = new LiveTimingImporter(library,
                    ArchiveConfig.defaults().withBaseUrl(archive.baseUrl()));
            List<String> checkedByName = new ArrayList<>();
            int bigFileSessions = 0;
            for (Map.Entry<String, List<String>> session : new java.util.TreeMap<>(filesBySession).entrySet()) {
                String path = session.getKey();
                List<ImportProgress> progress = new ArrayList<>();
                ImportResult result = importer.importSession(SessionSelector.byPath(path), progress::add);

                assertThat(result.complete()).as(path).isTrue();
                assertThat(progress.get(progress.size() - 1)).as(path).satisfies(p -> {
                    assertThat(p.finished()).isTrue();
                    assertThat(p.bytesDone()).isEqualTo(result.bytes());
                });
                assertThat(progress).as(path).extracting(ImportProgress::bytesDone).isSorted();
                long megabyteFiles = result.withStatus(FileStatus.DONE).stream()
                        .filter(e -> e.bytes() >= 1 << 20).count();
                if (megabyteFiles > 0) {
                    bigFileSessions++;
                    assertThat(progress).as(path + ": byte progress within big files")
                            .filteredOn(p -> p.step() == ImportProgress.Step.DOWNLOADING).isNotEmpty();
                }
                TreeSet<String> served = session.getValue().stream().map(p -> p.substring(path.length()))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(result.withStatus(FileStatus.DONE)).as(path).extracting(ManifestEntry::file)
                        .containsExactlyInAnyOrderElementsOf(served);
                assertThat(result.withStatus(FileStatus.ABSENT)).as(path).hasSize(17 - served.size());
                for (String file : served) {
                    assertThat(Files.readAllBytes(library.resolve(path + file))).as(path + file)
                            .isEqualTo(archive.bytes(path + file));
                }
                Optional<SeasonIndex> index = importer.seasonIndex(ArchivePaths.yearOf(path));
                if (index.isPresent() && result.session().key() != 0) {
                    ArchiveSession s = result.session();
                    assertThat(importer.resolve(SessionSelector.byName(s.year(), s.meeting(), s.name()))).isEqualTo(s);
                    assertThat(importer.resolve(SessionSelector.byKey(s.year(), s.key()))).isEqualTo(s);
                    checkedByName.add(path);
                }
            }
            System.out.printf("imported %d shared sessions (%d also found by name and key)%n", filesBySession.size(),
                    checkedByName.size());
            assertThat(filesBySession).hasSizeGreaterThan(30);
            assertThat(checkedByName).isNotEmpty();
            assertThat(bigFileSessions).as("sessions with a file over 1 MiB").isPositive();
        }
    }
}
