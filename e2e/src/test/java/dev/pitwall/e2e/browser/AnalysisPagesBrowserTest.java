package dev.pitwall.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.pitwall.e2e.ServiceProcess;
import dev.pitwall.testkit.BrokerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The analysis pages in a real browser: the packaged staging service on a warehouse with the marts built by dbt
 * ({@link AnalysisWarehouse}: the bundled 2025 Australian GP replayed and its round backfilled from the offline
 * mirror), the packaged timing-ws passing {@code /api/analysis} to it and serving the pages. Each view is opened by
 * its own URL, its chart is drawn from the marts, and a screenshot is saved (e2e/target/screenshots/<test>.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalysisPagesBrowserTest {

    static final int AUSTRALIA = 202501;
    static Path dir;
    static BrokerProcess broker;
    static ServiceProcess staging;
    static ServiceProcess timing;
    static Browser browser;

    @RegisterExtension
    static final ScreenshotAfterEach SCREENSHOTS = new ScreenshotAfterEach(() -> browser);

    @BeforeAll
    static void up() throws Exception {
        dir = Files.createTempDirectory("pitwall-e2e-analysis-");
        browser = Browser.open(1280, 900);
        Path warehouse = AnalysisWarehouse.build(dir.resolve("staging"));
        broker = new BrokerProcess(dir.resolve("kafka")).start();
        staging = new ServiceProcess("staging", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "PITWALL_DATA_DIR", warehouse.getParent().toString(),
                "PITWALL_STAGING_TOKEN", UUID.randomUUID().toString(),
                "PITWALL_STAGING_CRON", "off",
                "PITWALL_SINK_ENABLED", "false")).start();
        Map<String, String> env = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "PITWALL_STAGING_URL", staging.baseUrl()));
        timing = new ServiceProcess("timing-ws", env).start();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.js("return window.__analysis ? window.__analysis.errors() : ['no window.__analysis']"))
                .as("script errors on the page").isEqualTo(List.of());
    }

    @AfterAll
    static void down() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (timing != null) {
            timing.close();
        }
        if (staging != null) {
            staging.close();
        }
        if (broker != null) {
            broker.stop();
        }
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void indexListsTheSeasonsFromTheRaceViewLink() {
        open("/");
        browser.driver().findElement(By.id("analysis-link")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> "ready".equals(attr("body", "data-status")));
        assertThat(browser.driver().getCurrentUrl()).contains("/analysis/index.html?season=2025");
        WebElement season = browser.driver().findElement(By.cssSelector("#seasons-table tr[data-season='2025']"));
        assertThat(season.getText()).startsWith("2025");
        assertThat(browser.driver().findElements(By.cssSelector(".analysis-nav a"))).hasSize(6);
    }

    @Test
    @Order(2)
    void standingsProgressionDrawsEveryDriverWithNorrisLeadingAfterRoundOne() {
        openView("standings.html?season=2025");
        assertThat(attr("#chart", "data-basis")).isEqualTo("results");
        Map<String, Object> drawn = drawn();
        List<?> x = (List<?>) drawn.get("x");
        assertThat(x.get(0)).isEqualTo(1L);
        List<Map<String, Object>> series = series(drawn);
        assertThat(series).hasSizeGreaterThanOrEqualTo(20);
        Map<String, Object> leader = series.stream().max((a, b) -> Double.compare(first(a), first(b))).orElseThrow();
        assertThat(leader.get("label")).isEqualTo("NOR");
        assertThat(first(leader)).isEqualTo(25.0);
        assertThat(attr("#chart", "data-series")).isEqualTo(String.valueOf(series.size()));
        assertThat(browser.driver().findElement(By.cssSelector("#chart canvas")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("#standings-table tbody tr"))).hasSize(series.size());
    }

    @Test
    @Order(3)
    void lapChartHasALineForEachOfTheTwentyCars() {
        openView("lap-chart.html?season=2025&race=" + AUSTRALIA);
        List<Map<String, Object>> series = series(drawn());
        assertThat(series).hasSize(20);
        assertThat(series.get(0).get("label")).isEqualTo("NOR");
        // Norris from pole, leading at the flag after 57 laps
        List<?> norris = (List<?>) series.get(0).get("values");
        assertThat(norris).hasSize(58);
        assertThat(((Number) norris.get(0)).intValue()).isEqualTo(1);
        assertThat(((Number) norris.get(57)).intValue()).isEqualTo(1);
        assertThat(text("#chart-title")).containsIgnoringCase("Australian Grand Prix 2025");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("race-picker")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(AUSTRALIA));
    }

    @Test
    @Order(4)
    void tyreStrategyHasABarPerDriverColouredByCompound() {
        openView("tyres.html?season=2025&race=" + AUSTRALIA);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#chart g.tyre-row"));
        // the 17 cars that completed a lap (Sainz, Doohan and Hadjar did not: the feed has no stint for them)
        assertThat(rows).hasSize(17);
        assertThat(attr("#chart", "data-series")).isEqualTo("17");
        assertThat(rows.get(0).getAttribute("data-driver")).isEqualTo("NOR");
        List<String> compounds = browser.driver().findElements(By.cssSelector("#chart rect.stint[data-compound]"))
                .stream().map(e -> e.getAttribute("data-compound")).distinct().toList();
        assertThat(compounds).contains("INTERMEDIATE");
        assertThat(browser.driver().findElement(By.cssSelector("#chart rect[data-compound='INTERMEDIATE']"))
                .getAttribute("fill")).isEqualTo("#43b047");
    }

    @Test
    @Order(5)
    void teamPaceHasABoxForEachOfTheTenTeams() {
        openView("pace.html?season=2025&race=" + AUSTRALIA);
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector("#chart g.box"));
        assertThat(boxes).hasSize(10);
        assertThat(boxes.stream().map(b -> b.getAttribute("data-team")).toList()).contains("mclaren", "red_bull",
                "ferrari", "mercedes");
        assertThat(text("#chart-note")).contains("pit laps").contains("not under green");
    }

    @Test
    @Order(6)
    void pitStopsAreATableWithDriverAndTeam() {
        openView("pit-stops.html?season=2025&race=" + AUSTRALIA);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#pit-stops-table tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(attr("#chart", "data-series")).isEqualTo(String.valueOf(rows.size()));
        assertThat(rows.get(0).getText()).matches("(?s)\\d+ .*");
        assertThat(text("#chart-note")).contains("Duration by source");
    }

    @Test
    @Order(7)
    void aRaceWithoutLapsShowsAnEmptyStateSayingWhatIsMissing() {
        String races = (String) browser.js("return fetch('/api/analysis/races?season=2025').then(r => r.text())");
        assertThat(races).contains("\"hasLaps\":false");
        Number noLaps = (Number) browser.js("return fetch('/api/analysis/races?season=2025').then(r => r.json())"
                + ".then(b => b.races.find(r => !r.hasLaps).raceId)");
        open("/analysis/lap-chart.html?season=2025&race=" + noLaps.intValue());
        await().atMost(Duration.ofSeconds(20)).until(() -> "empty".equals(attr("body", "data-status")));
        assertThat(browser.driver().findElement(By.id("empty")).isDisplayed()).isTrue();
        assertThat(text("[data-empty-reason]")).contains("No laps for").contains("marts.fct_laps");
        assertThat(attr("#chart", "data-chart-ready")).isEqualTo("false");
        assertThat(browser.driver().findElements(By.cssSelector("#chart canvas"))).isEmpty();
    }

    @Test
    @Order(8)
    void withStagingDownThePageSaysTheAnalysisServiceIsNotAnswering() throws Exception {
        staging.stop(false);
        open("/analysis/pace.html?season=2025&race=" + AUSTRALIA);
        await().atMost(Duration.ofSeconds(20)).until(() -> "error".equals(attr("body", "data-status")));
        assertThat(text("#api-error")).startsWith("The analysis service (staging) is not answering: the staging service at "
                + staging.baseUrl() + " cannot be reached");
        assertThat(attr("#chart", "data-chart-ready")).isEqualTo("false");
    }

    private static void open(String path) {
        browser.driver().get(timing.baseUrl() + path);
    }

    private static void openView(String path) {
        open("/analysis/" + path);
        await().atMost(Duration.ofSeconds(30)).until(() -> "true".equals(attr("#chart", "data-chart-ready"))
                || "error".equals(attr("body", "data-status")) || "empty".equals(attr("body", "data-status")));
        assertThat(attr("body", "data-status")).as("page status; error: %s, empty: %s", text("#api-error"),
                text("[data-empty-reason]")).isEqualTo("ready");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> drawn() {
        return (Map<String, Object>) browser.js("return window.__analysis.drawn");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Map<String, Object> drawn) {
        return (List<Map<String, Object>>) drawn.get("series");
    }

    private static double first(Map<String, Object> series) {
        Object v = ((List<?>) series.get("values")).get(0);
        return v == null ? -1 : ((Number) v).doubleValue();
    }

    private static String attr(String css, String name) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getAttribute(name);
    }

    private static String text(String css) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
