package dev.pitwall.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium driven through {@code /usr/bin/chromedriver} (no driver download: Selenium
 * Manager is bypassed by naming the driver and the browser). Tests abort, saying why, when either is missing.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A new headless browser with the given window size. */
    public static Browser open(int width, int height) {
        Assumptions.assumeTrue(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
                "SKIPPED: " + CHROMEDRIVER + " or " + CHROMIUM + " is missing (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=" + width + "," + height));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Browser browser = new Browser(driver);
        browser.resize(width, height);
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Sets the viewport (the page's layout width) to exactly this size. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // headless Chromium's window still counts some browser chrome: grow it until the viewport is the size asked
        Object inner = js("return [window.innerWidth, window.innerHeight]");
        if (inner instanceof List<?> list && list.size() == 2) {
            int dw = width - ((Number) list.get(0)).intValue();
            int dh = height - ((Number) list.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(width + dw, height + dh));
            }
        }
    }

    /** Runs JavaScript in the page and returns its value. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a screenshot of the viewport to {@code <e2e.screenshots>/<name>.png}; returns where, or null. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
            return null;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
