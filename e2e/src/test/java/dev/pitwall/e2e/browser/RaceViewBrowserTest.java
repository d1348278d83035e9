package dev.pitwall.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.e2e.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The race view in a real browser against the packaged stack replaying the bundled 2025 Australian GP: the
 * tower and the map fill, the page's state is the server's, the controls pause and resume the replay, the
 * driver panel draws the real telemetry, the safety-car banner, the per-viewer delay, and a phone-width layout.
 * One stack and one browser serve the whole class, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RaceViewBrowserTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Stack stack;
    static Browser browser;

    @RegisterExtension
    static final ScreenshotAfterEach SCREENSHOTS = new ScreenshotAfterEach(() -> browser);

    @BeforeAll
    static void up() throws Exception {
        stack = Stack.start();
        browser = Browser.open(1280, 800);
        browser.driver().get(stack.timing().baseUrl() + "/");
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.js("return window.__pitwall ? window.__pitwall.errors() : ['no window.__pitwall']"))
                .as("script errors on the page").isEqualTo(List.of());
        assertThat(((Number) browser.js("return window.__pitwall.resyncs()")).intValue())
                .as("diffs that did not fit the page's state").isZero();
    }

    @AfterAll
    static void down() {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void towerAndMapFillOnceTheReplayRuns() {
        await().atMost(Duration.ofSeconds(15)).until(() -> "live".equals(attr("#connection", "data-connection")));
        assertThat(browser.driver().findElement(By.id("waiting")).isDisplayed()).isTrue();

        stack.replayer("/api/replay/start", "{\"session\":\"" + Stack.BUNDLED_RACE + "\",\"speed\":\"10\",\"fromLap\":10}");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(towerRows()).hasSize(20);
            // every car still racing is on the map (a retired car's last position is left out)
            long running = towerRows().stream().filter(r -> !"retired".equals(r.getAttribute("data-state"))).count();
            assertThat(running).isGreaterThanOrEqualTo(15);
            assertThat(positions()).hasSize((int) running);
        });
        assertThat(browser.driver().findElement(By.id("waiting")).isDisplayed()).isFalse();
        assertThat(text("[data-lap]")).matches("\\d+");
        assertThat(towerRows().get(0).getAttribute("data-code")).matches("[A-Z]{3}");
        // the cars move
        Map<String, List<Number>> before = positions();
        await().atMost(Duration.ofSeconds(5)).until(() -> !positions().equals(before));
        // the circuit outline with its corner numbers, from /api/track
        await().atMost(Duration.ofSeconds(10)).until(() -> "track".equals(attr("#map", "data-outline")));
        assertThat(browser.driver().findElements(By.cssSelector("#map .corner"))).hasSize(14);
    }

    @Test
    @Order(2)
    void pauseThroughThePageStopsTheCarsAndResumeMovesThem() throws Exception {
        // viewers may not control this replay: only the way to enter the token shows
        assertThat(isDisplayed("[data-control='playpause']")).isFalse();
        // a wrong token is said to be wrong and forgotten
        enterToken("not-the-token");
        click("[data-control='playpause']");
        await().atMost(Duration.ofSeconds(10)).until(() -> text("[data-control='message']").contains("token is wrong"));
        assertThat(isDisplayed("[data-control='playpause']")).isFalse();
        assertThat(browser.js("return sessionStorage.getItem('pitwall.controlToken')")).isNull();

        enterToken(stack.controlToken());

        click("[data-control='playpause']");
        await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(attr("[data-replay-clock]", "data-paused")));
        assertThat(text("[data-control='message']")).isEmpty();
        // a dot may finish its last glide; then nothing moves
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
        Map<String, List<Number>> still = positions();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> positions().equals(still));

        // with the race still, what the page built from a snapshot and its diffs is exactly the server's state
        JsonNode server = JSON.readTree(stack.get(stack.timing(), "/api/state"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pageState().path("version").asLong() == server.path("version").asLong());
        JsonNode page = pageState();
        for (String field : List.of("sessionKey", "sessionTimeMs", "lapCount", "trackStatus", "rows", "raceControl",
                "drivers", "availability", "clock")) {
            assertThat(page.get(field).equals(RaceViewBrowserTest::compareJson, server.get(field)))
                    .as("%s: page %s, server %s", field, page.get(field), server.get(field)).isTrue();
        }

        click("[data-control='playpause']");
        await().atMost(Duration.ofSeconds(10)).until(() -> "false".equals(attr("[data-replay-clock]", "data-paused")));
        await().atMost(Duration.ofSeconds(5)).until(() -> !positions().equals(still));
    }

    @Test
    @Order(3)
    void driverPanelDrawsTheRealSpeedTraceAndLapTimes() throws Exception {
        click("#tower-body tr[data-code='VER']");
        await().atMost(Duration.ofSeconds(5)).until(() -> isDisplayed("#driver-panel"));
        assertThat(text("[data-driver-code]")).isEqualTo("VER");
        await().atMost(Duration.ofSeconds(5)).until(() -> text("[data-live-speed]").matches("\\d+"));

        // freeze the lap so that the page and this test read the same trace
        stack.replayer("/api/replay/pause", null);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode api = JSON.readTree(stack.get(stack.timing(), "/api/cars/1/trace?lap=current"));
            List<double[]> drawn = drawnCurrentSpeed();
            assertThat(drawn).hasSizeGreaterThan(20).hasSize(api.path("distance").size());
            for (int i = 0; i < drawn.size(); i++) {
                assertThat(drawn.get(i)[0]).isEqualTo(api.path("distance").get(i).asDouble());
                assertThat(drawn.get(i)[1]).isEqualTo(api.path("speed").get(i).asDouble());
            }
        });
        // its lap times, and a second driver's beside them
        JsonNode laps = JSON.readTree(stack.get(stack.timing(), "/api/cars/1/laps"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lapChart()).hasSize(2));
        long timed = 0;
        for (JsonNode lap : laps) {
            if (!lap.path("lapTimeMs").isNull() && lap.path("completed").asBoolean(true)) {
                timed++;
            }
        }
        assertThat(lapChart().get(1).stream().filter(v -> v != null).count()).isEqualTo(timed);
        new Select(browser.driver().findElement(By.cssSelector("[data-compare-add]"))).selectByVisibleText("NOR");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lapChart()).hasSize(3));
        assertThat(browser.driver().findElements(By.cssSelector("[data-stints] .stint"))).isNotEmpty();
        stack.replayer("/api/replay/resume", null);
    }

    @Test
    @Order(4)
    void safetyCarBannerShowsWhileTheSafetyCarIsOut() {
        // TrackStatus.jsonStream: the safety car is out on laps 1-7, 34-41 and 47-51; the replay started at lap 10
        assertThat(attr("#banner", "data-track-status")).isNotEqualTo("4");
        stack.replayer("/api/replay/seek?lap=36", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(attr("#banner", "data-track-status")).isEqualTo("4");
            assertThat(isDisplayed("#banner")).isTrue();
            assertThat(text("#banner")).containsIgnoringCase("safety car");
        });
        assertThat(text("[data-lap]")).isIn("35", "36", "37");
    }

    @Test
    @Order(5)
    void delayHoldsTheRaceBackByTheChosenSeconds() throws Exception {
        // the server's session time by wall clock, to find when it stood where the delayed page stands
        List<long[]> serverTimes = new CopyOnWriteArrayList<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                try {
                    long t = JSON.readTree(stack.get(stack.timing(), "/api/state")).path("sessionTimeMs").asLong();
                    serverTimes.add(new long[] {System.currentTimeMillis(), t});
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        });
        poller.start();
        try {
            WebElement delay = browser.driver().findElement(By.cssSelector("[data-control='delay']"));
            delay.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // 5 s a step
            await().atMost(Duration.ofSeconds(5)).until(() -> text("[data-delay-badge]").equals("Delayed 10 s"));
            await().pollDelay(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(13)).until(() -> true);

            long now = System.currentTimeMillis();
            long pageTime = Long.parseLong(attr("body", "data-session-time-ms"));
            long reached = serverTimes.stream().filter(s -> s[1] >= pageTime).mapToLong(s -> s[0]).min().orElseThrow();
            long lagMs = now - reached;
            assertThat(lagMs).as("how long ago the server stood where the page stands").isBetween(8_500L, 12_000L);
            long serverNow = serverTimes.get(serverTimes.size() - 1)[1];
            assertThat(serverNow).isGreaterThan(pageTime);
        } finally {
            polling.set(false);
            poller.join();
            WebElement delay = browser.driver().findElement(By.cssSelector("[data-control='delay']"));
            delay.sendKeys(Keys.HOME);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !isDisplayed("[data-delay-badge]"));
    }

    @Test
    @Order(6)
    void phoneWidthStacksWithoutHorizontalOverflow() {
        browser.resize(390, 844);
        if (!isDisplayed("#driver-panel")) {
            click("#tower-body tr[data-code='NOR']");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> isDisplayed("#driver-panel"));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        Object widths = browser.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertThat(widths).isEqualTo(List.of(390L, 390L));
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) browser.js("""
                const out = [];
                for (const el of document.querySelectorAll('body *')) {
                  const r = el.getBoundingClientRect();
                  if (r.width && (r.right > window.innerWidth + 0.5 || r.left < -0.5)) {
                    out.push(el.tagName + (el.id ? '#' + el.id : '') + '.' + el.className + ' ' + r.left + '..' + r.right);
                  }
                }
                return out;""");
        assertThat(overflowing).isEmpty();
        // map above tower, tower above race control
        double map = top("#map");
        double tower = top(".tower-panel");
        assertThat(map).isLessThan(tower);
        assertThat(tower).isLessThan(top(".rc-panel"));
    }

    @Test
    @Order(7)
    void pureModulesBehaveInTheBrowser() {
        // the page's pure logic (formatting, diff apply, backoff) run in the browser itself: no npm, no bundler
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all([import('/js/format.js'), import('/js/race-state.js'), import('/js/socket.js'),
                             import('/js/banner.js'), import('/js/charts.js')])
                  .then(([f, rs, sock, banner, charts]) => {
                    const out = {};
                    out.lapTimes = [f.lapTime(83456), f.lapTime(9876), f.lapTime(60000), f.lapTime(null)];
                    out.sectors = [f.sectorTime(34845), f.sectorTime(null)];
                    out.gaps = [f.gap('+1 LAP', 90000), f.gap(null, 1234), f.gap(null, null)];
                    out.colours = [f.teamColour('3671C6'), f.teamColour('#FF8000'), f.teamColour(null)];
                    out.brake = [f.brakeFraction({source: 'fastf1', brake: 1}), f.brakeFraction({source: 'cardata', brake: 50})];
                    out.drs = [f.drsState({source: 'fastf1', drs: 1}), f.drsState({source: 'cardata', drs: 8}),
                               f.drsState({source: 'cardata', drs: 12}), f.drsState({source: 'cardata', drs: 0})];
                    out.throttle = [f.throttleFraction({throttle: 104}), f.throttleFraction({throttle: 50})];
                    const from = {version: 4, sessionTimeMs: 1, lapCount: {currentLap: 3}, clock: {paused: false},
                      rows: [{car: '1', position: 1}, {car: '4', position: 2}],
                      raceControl: [{index: 1}, {index: 2}, {index: 3}]};
                    const to = rs.applyDiff(from, {fromVersion: 4, toVersion: 5, changed: ['sessionTimeMs', 'clock'],
                      sessionTimeMs: 2, clock: null, rows: [{car: '4', position: 1}, {car: '1', position: 2}],
                      order: ['4', '1'], raceControlDropped: 1, raceControlAdded: [{index: 4}]});
                    out.applied = to;
                    out.unchanged = from.rows.map((r) => r.car).join();
                    try { rs.applyDiff(from, {fromVersion: 3, toVersion: 5, changed: [], rows: []}); out.mismatch = 'none'; }
                    catch (e) { out.mismatch = e.name; }
                    out.backoff = [0, 1, 2, 10].map((n) => [sock.backoffDelay(n, 500, 30000, () => 0),
                                                           sock.backoffDelay(n, 500, 30000, () => 1)]);
                    out.banners = ['1', '2', '4', '5', '6', '7'].map((c) => banner.trackStatusBanner({code: c})?.text ?? null);
                    out.joined = charts.joinSeries({x: [0, 10, 20], ys: [[1, 2, 3]]}, {x: [5, 15], ys: [[7, 8]]});
                    done(JSON.stringify(out));
                  }).catch((e) => done('error: ' + e));""");
        assertThat(result).isInstanceOf(String.class);
        JsonNode out;
        try {
            out = JSON.readTree((String) result);
        } catch (Exception e) {
            throw new AssertionError(String.valueOf(result), e);
        }
        assertThat(out.path("lapTimes").toString()).isEqualTo("[\"1:23.456\",\"9.876\",\"1:00.000\",\"—\"]");
        assertThat(out.path("sectors").toString()).isEqualTo("[\"34.845\",\"—\"]");
        assertThat(out.path("gaps").toString()).isEqualTo("[\"+1 LAP\",\"+1.234\",\"—\"]");
        assertThat(out.path("colours").toString()).isEqualTo("[\"#3671C6\",\"#FF8000\",\"#8a8f98\"]");
        assertThat(out.path("brake").toString()).isEqualTo("[1,0.5]");
        assertThat(out.path("drs").toString()).isEqualTo("[\"open\",\"eligible\",\"open\",\"off\"]");
        assertThat(out.path("throttle").toString()).isEqualTo("[null,0.5]");
        JsonNode applied = out.path("applied");
        assertThat(applied.path("version").asInt()).isEqualTo(5);
        assertThat(applied.path("sessionTimeMs").asInt()).isEqualTo(2);
        assertThat(applied.path("clock").isNull()).isTrue();
        assertThat(applied.path("lapCount").path("currentLap").asInt()).isEqualTo(3);
        assertThat(applied.path("rows").toString()).isEqualTo("[{\"car\":\"4\",\"position\":1},{\"car\":\"1\",\"position\":2}]");
        assertThat(applied.path("raceControl").toString()).isEqualTo("[{\"index\":2},{\"index\":3},{\"index\":4}]");
        assertThat(out.path("unchanged").asText()).isEqualTo("1,4");
        assertThat(out.path("mismatch").asText()).isEqualTo("VersionMismatch");
        assertThat(out.path("backoff").toString()).isEqualTo("[[250,500],[500,1000],[1000,2000],[15000,30000]]");
        assertThat(out.path("banners").toString()).isEqualTo(
                "[null,\"Yellow flag\",\"Safety car\",\"Red flag\",\"Virtual safety car\",\"Virtual safety car ending\"]");
        assertThat(out.path("joined").toString()).isEqualTo("[[0,5,10,15,20],[1,null,2,null,3],[null,7,null,8,null]]");
    }

    /** JSON equality where 3737 and 3737.0 are the same number (JavaScript prints no ".0"). */
    static int compareJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    static void enterToken(String token) {
        if (!isDisplayed("[data-control='token']")) {
            click("[data-control='token-open']");
        }
        browser.driver().findElement(By.cssSelector("[data-control='token']")).sendKeys(token);
        click("[data-control='token-form'] button[type='submit']");
        await().atMost(Duration.ofSeconds(5)).until(() -> isDisplayed("[data-control='playpause']"));
    }

    // --- page helpers ----------------------------------------------------------------------------

    static List<WebElement> towerRows() {
        return browser.driver().findElements(By.cssSelector("#tower-body tr"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<Number>> positions() {
        return (Map<String, List<Number>>) browser.js("return window.__pitwall.positions()");
    }

    static JsonNode pageState() throws Exception {
        return JSON.readTree((String) browser.js("return JSON.stringify(window.__pitwall.state())"));
    }

    /** The current lap's (distance, speed) points the speed chart holds (its x and first series, where set). */
    @SuppressWarnings("unchecked")
    static List<double[]> drawnCurrentSpeed() {
        List<List<Number>> data = (List<List<Number>>) browser.js("return window.__pitwall.driver().speed");
        List<double[]> points = new ArrayList<>();
        if (data == null) {
            return points;
        }
        for (int i = 0; i < data.get(0).size(); i++) {
            Number speed = data.get(1).get(i);
            if (speed != null) {
                points.add(new double[] {data.get(0).get(i).doubleValue(), speed.doubleValue()});
            }
        }
        return points;
    }

    /** The lap-time chart's data: laps, then one series of seconds per driver. */
    @SuppressWarnings("unchecked")
    static List<List<Number>> lapChart() {
        Object data = browser.js("return window.__pitwall.driver().laps");
        return data == null ? List.of() : (List<List<Number>>) data;
    }

    static String attr(String css, String name) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute(name);
    }

    static String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText().trim();
    }

    static boolean isDisplayed(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    static void click(String css) {
        browser.driver().findElement(By.cssSelector(css)).click();
    }

    static double top(String css) {
        return ((Number) browser.js("return document.querySelector(arguments[0]).getBoundingClientRect().top", css))
                .doubleValue();
    }
}
