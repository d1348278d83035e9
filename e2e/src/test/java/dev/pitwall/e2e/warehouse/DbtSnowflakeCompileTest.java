package dev.pitwall.e2e.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dbt compile --target snowflake} with dummy credentials renders every model, and no DuckDB-only SQL is in
 * what it renders. No Snowflake is reachable here, so the incremental models are rendered in both branches
 * ({@code render_incremental}: full and incremental) without asking Snowflake whether they exist.
 */
class DbtSnowflakeCompileTest {

    /** DuckDB functions and syntax that Snowflake does not have. */
    private static final List<Pattern> DUCKDB_ONLY = List.of(
            Pattern.compile("json_extract(_string)?\\s*\\("), Pattern.compile("->>"), Pattern.compile("\\bunnest\\s*\\("),
            Pattern.compile("::json\\b"), Pattern.compile("\\bread_(csv|parquet|json)\\w*\\s*\\("),
            Pattern.compile("\\bjson\\[\\]"), Pattern.compile("\\bstrptime\\s*\\("), Pattern.compile("\\bgroup by all\\b"));

    @TempDir
    Path work;

    @BeforeEach
    void dbt() {
        DbtCli.assumeInstalled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "incremental"})
    void everyModelRendersForSnowflakeWithoutDuckDbSql(String branch) throws Exception {
        Map<String, String> dummy = Map.of("SNOWFLAKE_ACCOUNT", "dummy-account", "SNOWFLAKE_USER", "dummy",
                "SNOWFLAKE_PASSWORD", "dummy", "SNOWFLAKE_DATABASE", "PITWALL", "SNOWFLAKE_SCHEMA", "STAGING",
                "PITWALL_DUCKDB_PATH", work.resolve("unused.duckdb").toString());
        DbtCli.Run run = DbtCli.dbt(work, dummy, "compile", "--target", "snowflake", "--no-populate-cache",
                "--vars", "{render_incremental: " + branch + "}");

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(run.targetPath().resolve("manifest.json").toFile());
        List<String> models = new ArrayList<>();
        manifest.path("nodes").fields().forEachRemaining(e -> {
            if (e.getValue().path("resource_type").asText().equals("model")) {
                models.add(e.getValue().path("original_file_path").asText());
            }
        });
        assertThat(models).hasSizeGreaterThanOrEqualTo(40);
        Path compiled = run.targetPath().resolve("compiled/pitwall");
        for (String model : models) {
            Path file = compiled.resolve(model);
            assertThat(file).as("compiled " + model).exists();
            String sql = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
            assertThat(sql).as(model).isNotBlank().doesNotContain("{{").doesNotContain("{%");
            for (Pattern p : DUCKDB_ONLY) {
                assertThat(p.matcher(sql).find()).as(model + " renders DuckDB-only SQL " + p + " for Snowflake:\n" + sql)
                        .isFalse();
            }
        }
        // what the dispatch macros render on Snowflake
        String results = Files.readString(compiled.resolve("models/staging/jolpica/stg_jolpica__results.sql"));
        assertThat(results).contains("get_path(try_parse_json(raw), 'Driver.code')::varchar").contains("try_cast(");
        String laps = Files.readString(compiled.resolve("models/marts/fct_laps.sql"));
        if (branch.equals("incremental")) {
            assertThat(laps).contains("changed_races").contains("PITWALL.marts.fct_laps");
        } else {
            assertThat(laps).doesNotContain("changed_races");
        }
        try (Stream<Path> tests = Files.walk(compiled.resolve("tests"))) {
            assertThat(tests.filter(Files::isRegularFile).count()).isGreaterThanOrEqualTo(7);
        }
    }
}
