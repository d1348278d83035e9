package dev.pitwall.staging.dbt;

import dev.pitwall.testkit.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real dbt of the repository's virtualenv ({@code <repo root>/.venv/bin/dbt}) and the tiny real dbt project of
 * {@code src/test/resources/dbt-fixture}: a source {@code jolpica.stg_results}, the model {@code fixture_results},
 * not_null/unique tests and the singular test {@code assert_no_red_flag_driver}, which fails for a row of driver
 * {@link #RED_FLAG}.
 */
public final class DbtFixture {

    /** A driver id that makes the fixture's singular test fail. */
    public static final String RED_FLAG = "red_flag";
    /** The unique id of that test in dbt's results. */
    public static final String RED_FLAG_TEST = "test.pitwall_fixture.assert_no_red_flag_driver";

    private DbtFixture() {
    }

    /** Where the repository's dbt is (it may be absent). */
    public static Path executable() {
        return RepoPaths.root().resolve(".venv").resolve("bin").resolve("dbt");
    }

    /** The repository's dbt, or the test skipped with a plain message when it is absent. */
    public static Path executableOrSkip() {
        Path dbt = executable();
        if (!Files.isExecutable(dbt)) {
            String why = "SKIPPED: no dbt at " + dbt + " (./pitwall venv installs it, or link a .venv holding"
                    + " dbt-core and dbt-duckdb there)";
            System.out.println(why);
            Assumptions.abort(why);
        }
        return dbt;
    }

    /** A fresh copy of the fixture project in {@code dir} (dbt writes its target/ and logs/ there). */
    public static Path copyProject(Path dir) {
        try {
            Path source = Path.of(DbtFixture.class.getResource("/dbt-fixture/dbt_project.yml").toURI()).getParent();
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : files.toList()) {
                    Path to = dir.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
