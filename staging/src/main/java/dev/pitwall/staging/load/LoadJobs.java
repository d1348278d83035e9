package dev.pitwall.staging.load;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one thread every Jolpica load job runs on (scheduled runs and backfills), so only one job loads at a
 * time; a job submitted while another runs waits for it.
 */
@ApplicationScoped
public class LoadJobs {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pitwall-load-jobs");
        t.setDaemon(true);
        return t;
    });

    public Future<?> submit(Runnable job) {
        return executor.submit(job);
    }

    /**
     * Takes no more jobs and waits up to {@code max} for the running one to end (a stopped backfill ends after the
     * unit in progress), so it does not outlive the warehouse at shutdown.
     */
    public void drain(Duration max) {
        executor.shutdown();
        try {
            executor.awaitTermination(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
