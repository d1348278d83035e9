package dev.pitwall.staging.jolpica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The public Jolpica client: one typed method per Ergast-format endpoint the warehouse loads, each returning
 * every row across pages ({@code limit}/{@code offset} until {@code MRData.total}).
 *
 * <p>Each page request takes a slot from the shared {@link RequestBudget}, then runs through a SmallRye
 * fault-tolerance {@link Guard}: retry with jittered delay on 429/5xx/timeouts/I/O errors (a 429 also pauses
 * the whole budget for its {@code Retry-After}), inside it a circuit breaker named {@value #BREAKER} that counts
 * 5xx, timeouts and I/O errors (a 429 is the server pacing us, not failing, so the breaker skips it). A malformed
 * or unexpected page is not retried: it fails the call with a {@link JolpicaException} naming the URL.
 *
 * <p>Every attempt is counted in {@value #REQUESTS} (tags {@code outcome} and {@code status}) and in
 * {@link #requestsMade()}; every 429 also in {@value #THROTTLED}.
 */
@ApplicationScoped
public class JolpicaClient {

    /** Name of the circuit breaker, for {@code CircuitBreakerMaintenance}. */
    public static final String BREAKER = "jolpica";
    /** Counter of HTTP attempts, tagged {@code outcome} (ok, throttled, server_error, client_error, io_error) and {@code status}. */
    public static final String REQUESTS = "pitwall.jolpica.requests";
    /** Counter of 429 replies. */
    public static final String THROTTLED = "pitwall.jolpica.throttled";

    /** Told of each page as it arrives (for progress reports). */
    @FunctionalInterface
    public interface PageListener {
        void onPage(JolpicaPage page);
    }

    private final JolpicaApi api;
    /** Whether replies come from an offline mirror (a {@code file:} base URL) rather than the live API. */
    private final boolean offline;
    private final RequestBudget budget;
    private final JolpicaConfig config;
    private final PageParser parser;
    private final Guard guard;
    private final MeterRegistry registry;
    private final Counter throttled;
    private final AtomicLong attempts = new AtomicLong();

    @Inject
    JolpicaClient(@Source JolpicaApi api, RequestBudget budget, JolpicaConfig config, ObjectMapper mapper,
                  MeterRegistry registry) {
        this.api = api;
        this.offline = JolpicaMirror.isMirror(config.url());
        this.registry = registry;
        this.throttled = Counter.builder(THROTTLED).description("Jolpica replies 429 (throttled)").register(registry);
        this.budget = budget;
        this.config = config;
        this.parser = new PageParser(mapper);
        this.guard = Guard.create()
                .withDescription("jolpica")
                .withRetry()
                    .maxRetries(config.maxRetries())
                    .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(config.retryJitter().toMillis(), ChronoUnit.MILLIS)
                    .maxDuration(Math.max(180_000, config.maxRetryAfter().toMillis() * (config.maxRetries() + 1)),
                            ChronoUnit.MILLIS)
                    .retryOn(TransientJolpicaFailure.class)
                    .done()
                .withCircuitBreaker()
                    .name(BREAKER)
                    .requestVolumeThreshold(config.breakerVolume())
                    .failureRatio(config.breakerFailureRatio())
                    .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .failOn(TransientJolpicaFailure.class)
                    .skipOn(TransientJolpicaFailure.Throttled.class)
                    .done()
                .build();
    }

    public JolpicaRows seasons() {
        return fetchAll("seasons.json", JolpicaEndpoint.SEASONS);
    }

    public JolpicaRows circuits(int season) {
        return fetch(JolpicaEndpoint.CIRCUITS, season, null);
    }

    /** The season's schedule, with session dates and times. */
    public JolpicaRows races(int season) {
        return fetch(JolpicaEndpoint.RACES, season, null);
    }

    public JolpicaRows drivers(int season) {
        return fetch(JolpicaEndpoint.DRIVERS, season, null);
    }

    public JolpicaRows constructors(int season) {
        return fetch(JolpicaEndpoint.CONSTRUCTORS, season, null);
    }

    public JolpicaRows results(int season, int round) {
        return fetch(JolpicaEndpoint.RESULTS, season, round);
    }

    public JolpicaRows qualifying(int season, int round) {
        return fetch(JolpicaEndpoint.QUALIFYING, season, round);
    }

    public JolpicaRows sprint(int season, int round) {
        return fetch(JolpicaEndpoint.SPRINT, season, round);
    }

    /** Every lap timing row of a race (pages count timing rows, not laps). */
    public JolpicaRows laps(int season, int round) {
        return fetch(JolpicaEndpoint.LAPS, season, round);
    }

    public JolpicaRows pitStops(int season, int round) {
        return fetch(JolpicaEndpoint.PIT_STOPS, season, round);
    }

    public JolpicaRows driverStandings(int season, int round) {
        return fetch(JolpicaEndpoint.DRIVER_STANDINGS, season, round);
    }

    public JolpicaRows constructorStandings(int season, int round) {
        return fetch(JolpicaEndpoint.CONSTRUCTOR_STANDINGS, season, round);
    }

    public JolpicaRows status(int season) {
        return fetch(JolpicaEndpoint.STATUS, season, null);
    }

    /** Every row of an endpoint for a season, or for one round of it ({@code round} not null). */
    public JolpicaRows fetch(JolpicaEndpoint endpoint, int season, Integer round) {
        return fetchAll(endpoint.path(season, round), endpoint);
    }

    /** Requests left in the rolling hour, for progress reports. */
    public int remainingThisHour() {
        return budget.remainingThisHour();
    }

    /** HTTP attempts made since start-up, retries included (each took a slot of the budget). */
    public long requestsMade() {
        return attempts.get();
    }

    /** Every row of {@code path} across its pages. */
    public JolpicaRows fetchAll(String path, JolpicaEndpoint endpoint) {
        return fetchAll(path, endpoint, page -> { });
    }

    /** Every row of {@code path} across its pages, telling {@code listener} of each page as it arrives. */
    public JolpicaRows fetchAll(String path, JolpicaEndpoint endpoint, PageListener listener) {
        List<JsonNode> rows = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        List<Integer> pageRows = new ArrayList<>();
        int offset = 0;
        int total;
        while (true) {
            JolpicaPage page = page(path, endpoint, offset);
            listener.onPage(page);
            urls.add(page.url());
            pageRows.add(page.rows().size());
            rows.addAll(page.rows());
            total = page.total();
            int next = page.nextOffset();
            if (next < 0) {
                break;
            }
            if (page.rows().isEmpty()) {
                throw new JolpicaException(page.url(), "empty page at offset " + offset + " of total " + total);
            }
            offset = next;
        }
        return new JolpicaRows(path, total, rows, urls, pageRows);
    }

    /** One page of {@code path} from {@code offset}, through the budget, retries and circuit breaker. */
    public JolpicaPage page(String path, JolpicaEndpoint endpoint, int offset) {
        int limit = config.pageLimit();
        String url = config.url().replaceAll("/+$", "") + "/" + path + "?limit=" + limit + "&offset=" + offset;
        String body;
        try {
            body = guard.call(() -> attempt(url, path, limit, offset), String.class);
        } catch (TransientJolpicaFailure e) {
            throw new JolpicaException(url, "gave up after " + (config.maxRetries() + 1) + " attempts: "
                    + e.getMessage(), e);
        } catch (CircuitBreakerOpenException e) {
            throw new JolpicaException(url, "circuit breaker open after repeated failures", e);
        } catch (JolpicaException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JolpicaException(url, "interrupted", e);
        } catch (Exception e) {
            throw new JolpicaException(url, e.toString(), e);
        }
        return parser.parse(url, body, endpoint);
    }

    private String attempt(String url, String path, int limit, int offset) throws InterruptedException {
        if (!offline) {
            budget.acquire(); // the limits are the live API's; reading the offline mirror spends none of them
        }
        attempts.incrementAndGet();
        try (Response response = api.get(path, limit, offset)) {
            return bodyOf(url, response);
        } catch (WebApplicationException e) {
            return bodyOf(url, e.getResponse());
        } catch (ProcessingException e) {
            count("io_error", "none");
            throw new TransientJolpicaFailure(url, "I/O error or timeout: " + e.getMessage(), e);
        }
    }

    private void count(String outcome, String status) {
        registry.counter(REQUESTS, "outcome", outcome, "status", status).increment();
    }

    private String bodyOf(String url, Response response) {
        int status = response.getStatus();
        count(status == 200 ? "ok" : status == 429 ? "throttled" : status >= 500 ? "server_error" : "client_error",
                String.valueOf(status));
        if (status == 429) {
            throttled.increment();
            Duration wait = retryAfter(response.getHeaderString("Retry-After"));
            budget.pauseFor(wait);
            throw new TransientJolpicaFailure.Throttled(url, "429 throttled, Retry-After " + wait.toMillis() + " ms");
        }
        if (status >= 500) {
            throw new TransientJolpicaFailure(url, "HTTP " + status, null);
        }
        if (status != 200) {
            throw new JolpicaException(url, "unexpected HTTP " + status);
        }
        return response.readEntity(String.class);
    }

    /** Seconds from a {@code Retry-After} header (its HTTP-date form is treated as the retry delay). */
    private Duration retryAfter(String header) {
        Duration wait = config.retryDelay();
        if (header != null) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(header.trim()));
            } catch (NumberFormatException e) {
                // HTTP-date or garbage: fall back to the retry delay
            }
        }
        return wait.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : wait;
    }
}
