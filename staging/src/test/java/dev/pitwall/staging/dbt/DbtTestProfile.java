package dev.pitwall.staging.dbt;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * dbt runs on, with the repository's dbt and a fresh copy of the fixture project (both given relative to the working
 * directory, as the defaults are), over a warehouse file of its own.
 */
public class DbtTestProfile implements QuarkusTestProfile {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> getConfigOverrides() {
        Path project = DbtFixture.copyProject(Path.of("target", "dbt-fixture-" + RUN));
        return Map.of(
                "pitwall.dbt.enabled", "true",
                // relative, as the default is: resolved from the working directory, not from the project dbt runs in
                "pitwall.dbt.executable", Path.of("").toAbsolutePath().relativize(DbtFixture.executable()).toString(),
                "pitwall.dbt.project-dir", project.toString(),
                "pitwall.dbt.check-interval", "1s",
                "pitwall.warehouse.duckdb.path", "target/test-data/dbt-" + RUN + ".duckdb");
    }
}
