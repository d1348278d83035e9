package dev.pitwall.staging.load;

import dev.pitwall.staging.jolpica.JolpicaClient;
import dev.pitwall.staging.warehouse.Warehouse;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the load classes (plain classes, so tests can build them over their own warehouse and clock). */
@ApplicationScoped
public class LoadBeans {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    UnitLoader unitLoader(JolpicaClient client, Warehouse warehouse, MeterRegistry registry, Clock clock) {
        return new UnitLoader(client, warehouse, registry, clock);
    }

    @Produces
    @ApplicationScoped
    StagingRun stagingRun(UnitLoader loader, Warehouse warehouse, Clock clock, LoadListener listener) {
        return new StagingRun(loader, warehouse, clock, listener);
    }

    @Produces
    @ApplicationScoped
    BackfillService backfill(UnitLoader loader, Warehouse warehouse, LoadJobs jobs, JolpicaClient client, Clock clock,
                             LoadListener listener) {
        return new BackfillService(loader, warehouse, jobs, client, clock, listener);
    }
}
