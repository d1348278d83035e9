package dev.pitwall.staging.dbt;

import dev.pitwall.staging.warehouse.StagingTables;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * dbt node selection for the staging tables a load changed: each table is a table of a dbt source ({@code jolpica}
 * for the Jolpica tables, {@code feed} for the Kafka sink's), and a load selects {@code source:<source>.<table>+},
 * the source table and everything downstream of it. An empty selection means the whole project.
 */
public final class DbtSelection {

    /** dbt source of the Jolpica staging tables. */
    public static final String JOLPICA = "jolpica";
    /** dbt source of the Kafka sink's staging tables. */
    public static final String FEED = "feed";
    /** How an empty selection (the whole project) is written. */
    public static final String EVERYTHING = "everything";

    private static final Set<String> FEED_TABLES = Set.of(StagingTables.LAPS.name(), StagingTables.TELEMETRY.name(),
            StagingTables.RACE_EVENTS.name());
    /** What a selector given through the API may hold: dbt's selector syntax, nothing a shell would care for. */
    private static final Pattern SELECTOR = Pattern.compile("[A-Za-z0-9_.:+*@/,=\\-]+");

    private DbtSelection() {
    }

    /** The dbt source a staging table belongs to. */
    public static String sourceOf(String table) {
        return FEED_TABLES.contains(table) ? FEED : JOLPICA;
    }

    /** {@code source:<source>.<table>+}. */
    public static String selector(String table) {
        return "source:" + sourceOf(table) + "." + table + "+";
    }

    /** The selectors of the tables, sorted. */
    public static Set<String> forTables(Collection<String> tables) {
        Set<String> selectors = new TreeSet<>();
        tables.forEach(t -> selectors.add(selector(t)));
        return selectors;
    }

    /**
     * A selection as given through the API: dbt selectors separated by spaces; blank or null is the whole project.
     *
     * @throws IllegalArgumentException when a selector holds characters dbt selectors do not use
     */
    public static Set<String> parse(String select) {
        Set<String> selectors = new TreeSet<>();
        if (select == null || select.isBlank()) {
            return selectors;
        }
        for (String s : select.trim().split("\\s+")) {
            if (!SELECTOR.matcher(s).matches()) {
                throw new IllegalArgumentException("not a dbt selector: '" + s + "' (use letters, digits and _.:+*@/,=-)");
            }
            selectors.add(s);
        }
        return selectors;
    }

    /** The selectors as one {@code --select} argument, or {@link #EVERYTHING}. */
    public static String describe(Set<String> selectors) {
        return selectors.isEmpty() ? EVERYTHING : String.join(" ", selectors);
    }
}
