package dev.pitwall.e2e.browser;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a screenshot named after the test method once it has run, passed or failed (before {@code @AfterEach},
 * so the page is still as the test left it).
 */
public final class ScreenshotAfterEach implements AfterTestExecutionCallback {

    private final Supplier<Browser> browser;

    public ScreenshotAfterEach(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser b = browser.get();
        if (b == null) {
            return;
        }
        b.screenshot(context.getRequiredTestMethod().getName());
    }
}
