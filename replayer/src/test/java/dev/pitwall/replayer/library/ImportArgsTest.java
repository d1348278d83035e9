package dev.pitwall.replayer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The importer's command line: the three selector forms, the library as option or argument, help and misuse. */
class ImportArgsTest {

    @Test
    void theLibraryIsThePositionalArgumentOrTheOption() {
        ImportArgs positional = ImportArgs.parse("lib", "2023", "bahrain", "Race");
        ImportArgs option = ImportArgs.parse("--library", "lib", "2023", "bahrain", "Race");
        assertThat(positional).isEqualTo(option);
        assertThat(option.library()).isEqualTo(Path.of("lib"));
        assertThat(option.selector()).isEqualTo(SessionSelector.byName(2023, "bahrain", "Race"));
        assertThat(ImportArgs.parse("--library", "lib", "2023", "--key", "7953").selector())
                .isEqualTo(SessionSelector.byKey(2023, 7953));
        assertThat(ImportArgs.parse("--library", "lib", "--path", LiveTimingImporterTest.RACE).selector())
                .isEqualTo(SessionSelector.byPath(LiveTimingImporterTest.RACE));
    }

    @Test
    void misuseSaysWhatIsExpectedFromTheUsersPointOfView() {
        assertThatThrownBy(() -> ImportArgs.parse("--library", "lib", "2023", "bahrain"))
                .hasMessage("expected 3 positional argument(s) (year meeting session), got 2 (2023 bahrain)");
        assertThatThrownBy(() -> ImportArgs.parse("lib", "2023", "bahrain"))
                .hasMessage("expected 4 positional argument(s) (library-dir year meeting session), got 3 (lib 2023 bahrain)");
        assertThatThrownBy(() -> ImportArgs.parse("--library", "lib", "--path", "p", "extra"))
                .hasMessage("expected 0 positional argument(s) with --path, got 1 (extra)");
        assertThatThrownBy(() -> ImportArgs.parse("--library")).hasMessage("--library needs a value");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportMain.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--library", "lib", "--help");
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: ImportMain").contains("--library DIR");
        assertThat(err.size()).isZero();
    }
}
