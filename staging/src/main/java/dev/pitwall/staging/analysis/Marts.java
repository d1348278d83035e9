package dev.pitwall.staging.analysis;

import dev.pitwall.staging.warehouse.Warehouse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Read-only access to the dbt marts (schema {@code marts}, see docs/marts.md) through {@link Warehouse#select}: which
 * mart tables exist now (dbt may not have built them yet) and queries over them.
 */
@ApplicationScoped
public class Marts {

    static final String SCHEMA = "marts";

    private final Warehouse warehouse;

    public Marts(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The mart tables that exist now, lower-case names without the schema. */
    public Set<String> tables() {
        Set<String> names = new TreeSet<>();
        warehouse.select("analysis: which marts exist", "SELECT table_name FROM information_schema.tables"
                + " WHERE lower(table_schema) = ?", List.of(SCHEMA))
                .forEach(r -> names.add(String.valueOf(r.get("table_name")).toLowerCase(Locale.ROOT)));
        return names;
    }

    /** Rows of one query over the marts, in order. */
    public List<Map<String, Object>> query(String what, String sql, Object... parameters) {
        return warehouse.select("analysis: " + what, sql, Arrays.asList(parameters));
    }

    /**
     * Why a view cannot be drawn when some of the marts it needs are missing, or null when all are there.
     */
    public static String missing(Set<String> present, String... needed) {
        List<String> absent = Arrays.stream(needed).filter(t -> !present.contains(t)).toList();
        if (absent.isEmpty()) {
            return null;
        }
        String names = absent.stream().map(t -> SCHEMA + "." + t).collect(Collectors.joining(", "));
        return present.isEmpty()
                ? "The marts have not been built yet: schema " + SCHEMA + " has no tables (dbt has not run on this"
                        + " warehouse). Missing: " + names + "."
                : "Not built yet (dbt has not created it): " + names + ".";
    }
}
