package dev.pitwall.staging.load;

import dev.pitwall.contract.log.MdcScope;
import dev.pitwall.staging.jolpica.JolpicaClient;
import dev.pitwall.staging.jolpica.JolpicaException;
import dev.pitwall.staging.jolpica.JolpicaPage;
import dev.pitwall.staging.jolpica.JolpicaRows;
import dev.pitwall.staging.warehouse.Warehouse;
import dev.pitwall.staging.warehouse.WarehouseException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Loads one unit: fetches all its pages, maps the rows, merges them in one transaction and records the load
 * ({@code stg_loads}). On any Jolpica, mapping or warehouse failure nothing of the unit is kept, a row goes to
 * {@code stg_load_errors} with the URL and reason, and the load is recorded as failed. A unit that loaded rows is
 * recorded as completed; one that found none is not (its data may not be published yet), so it is tried again.
 */
public class UnitLoader {

    /** Counter of rows merged, tagged {@code table}. */
    public static final String ROWS_LOADED = "pitwall.staging.rows.loaded";

    private static final Logger LOG = Logger.getLogger(UnitLoader.class);

    private final JolpicaClient client;
    private final Warehouse warehouse;
    private final MeterRegistry registry;
    private final Clock clock;

    public UnitLoader(JolpicaClient client, Warehouse warehouse, MeterRegistry registry, Clock clock) {
        this.client = client;
        this.warehouse = warehouse;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Loads {@code unit}, telling {@code onPage} of each page fetched. {@code kind} names who asked (e.g.
     * {@code scheduled}, {@code backfill:<job>}) in the loads table.
     */
    public UnitResult load(LoadUnit unit, String kind, Consumer<JolpicaPage> onPage) {
        String loadId = UUID.randomUUID().toString();
        Instant started = clock.instant();
        long requestsBefore = client.requestsMade();
        int[] pages = {0};
        Integer[] first = {null, null};
        String url = null;
        String reason;
        JolpicaRows fetched = null;
        try {
            fetched = client.fetchAll(unit.path(), unit.endpoint(), page -> {
                if (pages[0]++ == 0) {
                    first[0] = page.total();
                    first[1] = page.limit();
                }
                onPage.accept(page);
            });
            List<Map<String, Object>> rows = RowMapper.map(unit, fetched, loadId, started);
            int merged = warehouse.merge(unit.table(), rows);
            registry.counter(ROWS_LOADED, "table", unit.table().name()).increment(merged);
            Instant finished = clock.instant();
            warehouse.recordLoad(new Warehouse.Load(loadId, kind(kind, unit), started, finished, "ok", merged));
            if (merged > 0) {
                warehouse.recordCompletedUnit(new Warehouse.CompletedUnit(unit.id(), unit.endpoint().name(),
                        unit.season(), unit.round(), loadId, merged, finished));
            }
            return new UnitResult(unit, loadId, true, merged, client.requestsMade() - requestsBefore, first[0],
                    first[1], pages[0], null, null, Optional.of(fetched));
        } catch (JolpicaException e) {
            url = e.url();
            reason = e.reason();
        } catch (RowMappingException e) {
            url = e.url();
            reason = "cannot map a row: " + e.reason();
        } catch (WarehouseException e) {
            url = fetched == null || fetched.pageUrls().isEmpty() ? null : fetched.pageUrls().get(0);
            reason = "warehouse: " + e.getMessage();
        } catch (RuntimeException e) {
            url = fetched == null || fetched.pageUrls().isEmpty() ? null : fetched.pageUrls().get(0);
            reason = e.toString();
        }
        try (MdcScope log = logContext(unit)) {
            LOG.warnf("load of %s failed at %s: %s", unit.id(), url, reason);
        }
        Instant finished = clock.instant();
        try {
            warehouse.recordLoadError(new Warehouse.LoadError(loadId, url, unit.id() + ": " + reason, finished));
            warehouse.recordLoad(new Warehouse.Load(loadId, kind(kind, unit), started, finished, "failed", 0));
        } catch (WarehouseException e) {
            try (MdcScope log = logContext(unit)) {
                LOG.errorf(e, "cannot record the failed load of %s", unit.id());
            }
        }
        return new UnitResult(unit, loadId, false, 0, client.requestsMade() - requestsBefore, first[0], first[1],
                pages[0], url, reason, Optional.empty());
    }

    /**
     * The log context of lines about a unit: its season, and its round for a per-round unit. Set around the lines
     * only, not around the load: a thread a client starts lazily inside a scope would keep a copy of it.
     */
    static MdcScope logContext(LoadUnit unit) {
        return MdcScope.of(MdcScope.SEASON, unit.season()).and(MdcScope.ROUND, unit.round());
    }

    private static String kind(String kind, LoadUnit unit) {
        return "jolpica " + unit.id() + " (" + kind + ")";
    }
}
