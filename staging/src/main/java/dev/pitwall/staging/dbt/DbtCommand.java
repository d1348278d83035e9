package dev.pitwall.staging.dbt;

import dev.pitwall.staging.warehouse.WarehouseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code dbt build} command line and the environment of its process: the executable, project, profiles folder
 * and target, and {@code PITWALL_DUCKDB_PATH} set to staging's own DuckDB file (the project's profile reads it).
 * The rest of the environment is inherited, {@code SNOWFLAKE_*} included; when {@code SNOWFLAKE_SCHEMA} is not set,
 * it is set to the schema staging writes to.
 *
 * @param environment variables set on top of the service's own
 */
public record DbtCommand(String executable, Path projectDir, Path profilesDir, String target, Duration timeout,
                         Map<String, String> environment) {

    /** The variable the dbt profile reads the DuckDB file from. */
    public static final String DUCKDB_PATH_VARIABLE = "PITWALL_DUCKDB_PATH";
    /** The variable the dbt profile reads the Snowflake schema from. */
    public static final String SNOWFLAKE_SCHEMA_VARIABLE = "SNOWFLAKE_SCHEMA";

    public DbtCommand {
        // a path is made absolute here: the child runs in the project folder, where a relative one would not resolve
        if (executable.contains("/") || executable.contains(java.io.File.separator)) {
            executable = Path.of(executable).toAbsolutePath().normalize().toString();
        }
        projectDir = projectDir.toAbsolutePath().normalize();
        profilesDir = profilesDir.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
    }

    /** The command for the configured project over the configured warehouse. */
    public static DbtCommand of(DbtConfig dbt, WarehouseConfig warehouse) {
        Path project = Path.of(dbt.projectDir());
        Map<String, String> env = new HashMap<>();
        boolean snowflake = warehouse.kind() == WarehouseConfig.Kind.snowflake;
        if (!snowflake) {
            env.put(DUCKDB_PATH_VARIABLE, Path.of(warehouse.duckdb().path()).toAbsolutePath().normalize().toString());
        } else if (System.getenv(SNOWFLAKE_SCHEMA_VARIABLE) == null) {
            // the schema staging writes to (its default differs from the dbt profile's), so dbt's sources find it
            env.put(SNOWFLAKE_SCHEMA_VARIABLE, warehouse.snowflake().schema());
        }
        return new DbtCommand(dbt.executable(), project, dbt.profilesDir().map(Path::of).orElse(project),
                dbt.target().filter(t -> !t.isBlank()).orElse(snowflake ? "snowflake" : "duckdb"), dbt.timeout(), env);
    }

    /** {@code <executable> build [--select ...] --project-dir ... --profiles-dir ... --target ...}. */
    public List<String> build(DbtRequest request) {
        List<String> args = new ArrayList<>(List.of(executable, "build"));
        if (!request.selectors().isEmpty()) {
            args.add("--select");
            args.add(request.selection());
        }
        args.addAll(List.of("--project-dir", projectDir.toString(), "--profiles-dir", profilesDir.toString(),
                "--target", target));
        return args;
    }

    /**
     * The child's extra environment: {@link #environment}, dbt's colours off (the output goes to a log), and
     * dbt's anonymous usage statistics off unless the service's environment says otherwise.
     */
    Map<String, String> childEnvironment() {
        Map<String, String> env = new HashMap<>(environment);
        env.put("DBT_USE_COLORS", "false");
        if (System.getenv("DBT_SEND_ANONYMOUS_USAGE_STATS") == null) {
            env.put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
        }
        return env;
    }

    /** Where dbt writes the results of a run. */
    Path runResults() {
        return projectDir.resolve("target").resolve("run_results.json");
    }

    /** Why dbt cannot run here, if it cannot: the executable or the project is missing. */
    Optional<String> problem() {
        if (executable.contains("/") || executable.contains(java.io.File.separator)) {
            Path exe = Path.of(executable);
            if (!Files.isRegularFile(exe)) {
                return Optional.of("dbt executable not found: " + exe + " (set PITWALL_DBT_EXECUTABLE)");
            }
            if (!Files.isExecutable(exe)) {
                return Optional.of("dbt executable is not executable: " + exe);
            }
        }
        if (!Files.isRegularFile(projectDir.resolve("dbt_project.yml"))) {
            return Optional.of("no dbt project at " + projectDir + ": dbt_project.yml is missing (set PITWALL_DBT_PROJECT_DIR)");
        }
        return Optional.empty();
    }
}
