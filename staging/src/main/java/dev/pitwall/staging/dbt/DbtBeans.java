package dev.pitwall.staging.dbt;

import dev.pitwall.staging.warehouse.Warehouse;
import dev.pitwall.staging.warehouse.WarehouseConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Wires the {@link DbtRunner} (a plain class, so tests build their own), loads its history, stops it first at shutdown. */
@ApplicationScoped
public class DbtBeans {

    private static final Logger LOG = Logger.getLogger(DbtBeans.class);

    @Produces
    @ApplicationScoped
    DbtRunner runner(DbtConfig config, WarehouseConfig warehouseConfig, Warehouse warehouse, MeterRegistry registry,
                     Clock clock) {
        return new DbtRunner(config.enabled(), DbtCommand.of(config, warehouseConfig), warehouse, registry, clock);
    }

    /** After the warehouse's tables exist (default priority), before backfills resume. */
    void onStart(@Observes @Priority(4000) StartupEvent start, DbtRunner runner, DbtConfig config,
                 WarehouseConfig warehouseConfig) {
        try {
            runner.loadHistory();
        } catch (RuntimeException e) {
            LOG.warnf("dbt runs: cannot read the earlier runs from stg_dbt_runs: %s", e.getMessage());
        }
        if (config.enabled()) {
            DbtCommand command = DbtCommand.of(config, warehouseConfig);
            LOG.infof("dbt runs on: %s after each load%s", String.join(" ", command.build(DbtRequest.of("", java.util.Set.of()))),
                    command.problem().map(p -> "; but " + p).orElse(""));
        } else {
            LOG.info("dbt runs off (PITWALL_DBT_ENABLED=false)");
        }
    }

    /** First of the shutdown observers: a dbt run going now is stopped, so the warehouse gets its file back. */
    void onStop(@Observes @Priority(1) ShutdownEvent stop, DbtRunner runner) {
        runner.stop();
    }
}
