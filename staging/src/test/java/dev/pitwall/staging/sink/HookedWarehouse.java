package dev.pitwall.staging.sink;

import dev.pitwall.staging.warehouse.StagingTable;
import dev.pitwall.staging.warehouse.Warehouse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The real warehouse with a hook before each sink merge, for tests: the hook may throw, as a warehouse that is down
 * would, or block until the test has done something in between. Every other call goes straight through.
 */
public final class HookedWarehouse implements Warehouse {
    private final Warehouse delegate;
    private final IntConsumer beforeMerge;
    private final AtomicInteger merges = new AtomicInteger();

    /** @param beforeMerge called with the merge's number (from 1) before each merge; it may throw or block */
    HookedWarehouse(Warehouse delegate, IntConsumer beforeMerge) {
        this.delegate = delegate;
        this.beforeMerge = beforeMerge;
    }

    @Override
    public int merge(StagingTable table, List<Map<String, Object>> rows) {
        beforeMerge.accept(merges.incrementAndGet());
        return delegate.merge(table, rows);
    }

    @Override
    public String kind() {
        return delegate.kind();
    }

    @Override
    public void createSchema() {
        delegate.createSchema();
    }

    @Override
    public void recordLoad(Load load) {
        delegate.recordLoad(load);
    }

    @Override
    public void recordLoadError(LoadError error) {
        delegate.recordLoadError(error);
    }

    @Override
    public long count(String table) {
        return delegate.count(table);
    }

    @Override
    public boolean isReachable() {
        return delegate.isReachable();
    }

    @Override
    public List<Map<String, Object>> select(String what, String sql, List<?> parameters) {
        return delegate.select(what, sql, parameters);
    }

    @Override
    public void recordCompletedUnit(CompletedUnit unit) {
        delegate.recordCompletedUnit(unit);
    }

    @Override
    public java.util.Set<String> completedUnits(int season) {
        return delegate.completedUnits(season);
    }

    @Override
    public void saveBackfillJob(BackfillJob job) {
        delegate.saveBackfillJob(job);
    }

    @Override
    public List<BackfillJob> backfillJobs() {
        return delegate.backfillJobs();
    }

    @Override
    public void saveBackfillUnit(BackfillUnit unit) {
        delegate.saveBackfillUnit(unit);
    }

    @Override
    public List<BackfillUnit> backfillUnits(String jobId) {
        return delegate.backfillUnits(jobId);
    }

    @Override
    public List<Load> recentLoads(int limit) {
        return delegate.recentLoads(limit);
    }

    @Override
    public List<LoadError> recentLoadErrors(int limit) {
        return delegate.recentLoadErrors(limit);
    }

    @Override
    public <T> T withFileReleased(String why, java.util.function.Supplier<T> work) {
        return delegate.withFileReleased(why, work);
    }

    @Override
    public void recordDbtRun(DbtRunRow run) {
        delegate.recordDbtRun(run);
    }

    @Override
    public List<DbtRunRow> recentDbtRuns(int limit) {
        return delegate.recentDbtRuns(limit);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
