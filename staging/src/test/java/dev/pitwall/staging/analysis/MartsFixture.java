package dev.pitwall.staging.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A DuckDB warehouse file for the analysis tests, written before the app starts and handed to it as
 * {@code pitwall.warehouse.duckdb.path}. Init arg {@code marts}: {@code built} (schema {@code marts} as in
 * docs/marts.md with the real 2025 Australian GP results of jolpica/2025_1_results.json plus the rows of
 * analysis/marts-rows.sql) or {@code none} (no marts: dbt has not run).
 */
public class MartsFixture implements QuarkusTestResourceLifecycleManager {

    private String marts = "built";

    @Override
    public void init(Map<String, String> initArgs) {
        marts = initArgs.getOrDefault("marts", "built");
    }

    @Override
    public Map<String, String> start() {
        Path file = Path.of("target/test-data/analysis-" + marts + ".duckdb");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
            if (marts.equals("built")) {
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                    run(c, "analysis/marts-ddl.sql");
                    australianGrandPrix(c);
                    run(c, "analysis/marts-rows.sql");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the marts fixture " + file, e);
        }
        return Map.of("pitwall.warehouse.duckdb.path", file.toString());
    }

    @Override
    public void stop() {
    }

    /** fct_results, dim_drivers and dim_constructors of the 2025 Australian GP from the recorded Jolpica reply. */
    private static void australianGrandPrix(Connection c) throws IOException, SQLException {
        JsonNode race;
        try (InputStream in = resource("jolpica/2025_1_results.json")) {
            race = new ObjectMapper().readTree(in).path("MRData").path("RaceTable").path("Races").get(0);
        }
        try (PreparedStatement result = c.prepareStatement("INSERT INTO marts.fct_results VALUES"
                + " (?, 202501, 2025, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement driver = c.prepareStatement("INSERT INTO marts.dim_drivers VALUES"
                        + " (?, ?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?)");
                PreparedStatement constructor = c.prepareStatement("INSERT INTO marts.dim_constructors"
                        + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM marts.dim_constructors"
                        + " WHERE constructor_id = ?)")) {
            for (JsonNode r : race.path("Results")) {
                JsonNode d = r.path("Driver");
                JsonNode t = r.path("Constructor");
                String id = d.path("driverId").asText();
                boolean classified = r.path("positionText").asText().matches("\\d+");
                result.setString(1, "202501-" + id);
                result.setString(2, id);
                result.setString(3, t.path("constructorId").asText());
                result.setInt(4, r.path("number").asInt());
                result.setInt(5, r.path("grid").asInt());
                result.setObject(6, classified ? r.path("position").asInt() : null);
                result.setString(7, r.path("positionText").asText());
                result.setInt(8, r.path("position").asInt());
                result.setFloat(9, (float) r.path("points").asDouble());
                result.setInt(10, r.path("laps").asInt());
                result.setString(11, r.path("status").asText());
                result.setBoolean(12, classified);
                result.setObject(13, r.path("Time").has("millis") ? r.path("Time").path("millis").asLong() : null);
                JsonNode fastest = r.path("FastestLap");
                result.setObject(14, fastest.has("lap") ? fastest.path("lap").asInt() : null);
                result.setObject(15, fastest.has("rank") ? fastest.path("rank").asInt() : null);
                result.setObject(16, null);
                result.executeUpdate();
                driver.setString(1, id);
                driver.setString(2, d.path("code").asText());
                driver.setString(3, d.path("permanentNumber").asText());
                driver.setString(4, d.path("givenName").asText());
                driver.setString(5, d.path("familyName").asText());
                driver.setString(6, d.path("givenName").asText() + " " + d.path("familyName").asText());
                driver.setString(7, d.path("dateOfBirth").asText());
                driver.setString(8, d.path("nationality").asText());
                driver.setString(9, d.path("url").asText());
                driver.executeUpdate();
                constructor.setString(1, t.path("constructorId").asText());
                constructor.setString(2, t.path("name").asText());
                constructor.setString(3, t.path("nationality").asText());
                constructor.setString(4, t.path("url").asText());
                constructor.setString(5, t.path("constructorId").asText());
                constructor.executeUpdate();
            }
        }
    }

    private static void run(Connection c, String script) throws IOException, SQLException {
        String sql;
        try (InputStream in = resource(script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.trim().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        try (Statement s = c.createStatement()) {
            for (String statement : clean.toString().split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MartsFixture.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        return in;
    }
}
