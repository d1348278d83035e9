package dev.pitwall.staging.dbt;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dbt runs' meters: {@code pitwall.dbt.runs} (tag {@code outcome}: green, red, error), the timer
 * {@code pitwall.dbt.duration} (tag {@code outcome}) and the gauge {@code pitwall.dbt.last.duration} (seconds the
 * latest run took).
 */
final class DbtMetrics {

    private final Map<DbtRun.Outcome, Counter> runs = new EnumMap<>(DbtRun.Outcome.class);
    private final Map<DbtRun.Outcome, Timer> durations = new EnumMap<>(DbtRun.Outcome.class);
    private volatile double lastSeconds = Double.NaN;

    DbtMetrics(MeterRegistry registry) {
        for (DbtRun.Outcome o : DbtRun.Outcome.values()) {
            runs.put(o, Counter.builder("pitwall.dbt.runs").tag("outcome", o.name())
                    .description("dbt runs staging started, by outcome").register(registry));
            durations.put(o, Timer.builder("pitwall.dbt.duration").tag("outcome", o.name())
                    .description("How long dbt runs took, by outcome").register(registry));
        }
        Gauge.builder("pitwall.dbt.last.duration", () -> lastSeconds).baseUnit("seconds")
                .description("How long the latest dbt run took").strongReference(true).register(registry);
    }

    void ran(DbtRun run) {
        runs.get(run.outcome()).increment();
        durations.get(run.outcome()).record(run.duration());
        lastSeconds = run.duration().toMillis() / 1000.0;
    }
}
