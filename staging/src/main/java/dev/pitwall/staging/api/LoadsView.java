package dev.pitwall.staging.api;

import dev.pitwall.staging.dbt.DbtRun;
import dev.pitwall.staging.warehouse.Warehouse;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** Recent loads and load errors, newest first, and the latest dbt run (null before the first). */
@RegisterForReflection
public record LoadsView(List<Load> loads, List<LoadError> errors, DbtRun dbt) {

    @RegisterForReflection
    public record Load(String loadId, String kind, Instant started, Instant finished, String outcome, long rows) {
        static Load of(Warehouse.Load l) {
            return new Load(l.loadId(), l.kind(), l.started(), l.finished(), l.outcome(), l.rows());
        }
    }

    @RegisterForReflection
    public record LoadError(String loadId, String url, String reason, Instant at) {
        static LoadError of(Warehouse.LoadError e) {
            return new LoadError(e.loadId(), e.url(), e.reason(), e.at());
        }
    }
}
