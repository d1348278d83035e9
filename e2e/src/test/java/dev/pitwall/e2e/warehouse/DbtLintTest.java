package dev.pitwall.e2e.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlfluff (dbt templater, DuckDB dialect, dbt/.sqlfluff) finds nothing to say about the models and tests. */
class DbtLintTest {

    @TempDir
    Path work;

    @Test
    void theModelsAndTestsLintClean() throws Exception {
        DbtCli.assumeInstalled();
        DbtCli.Run lint = DbtCli.sqlfluff(work, Map.of("PITWALL_DUCKDB_PATH", work.resolve("lint.duckdb").toString()),
                "lint", "models", "tests", "snapshots");

        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("All Finished");
    }
}
