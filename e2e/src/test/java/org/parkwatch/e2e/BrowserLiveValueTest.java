package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The one-map in a real headless Chromium: the page loads the park layers from the backend, opens a
 * tank's popup from the URL, and the level shown on screen follows values forced in the simulator's
 * OPC UA server.
 */
class BrowserLiveValueTest {
    private static final String TAG = "E01.TK201.LT";

    @Test
    void mapShowsLiveValueChangesOnScreen(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1600, 1000);
            try {
                Browser.login(browser, stack, stack.httpBase() + "/#feature=E01-TK201");
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "open"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.body.dataset.ws")));
                await().atMost(Duration.ofSeconds(30)).until(() -> layersLoaded(browser));

                stack.simulator().setValue(TAG, 3.25);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> shownValue(browser).contains("3.25"));
                stack.simulator().setValue(TAG, 4.75);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> shownValue(browser).contains("4.75"));
                Browser.screenshot(browser, "one-map-live-value");
                assertTrue(
                        Browser.cspViolations(browser).isEmpty(),
                        "no CSP violation on the one-map");
            } finally {
                browser.quit();
            }
        }
    }

    private static boolean layersLoaded(ChromeDriver browser) {
        List<WebElement> layers = browser.findElements(By.cssSelector("[data-layer-count]"));
        long withFeatures =
                layers.stream()
                        .filter(e -> Integer.parseInt(e.getAttribute("data-layer-count")) > 0)
                        .count();
        assertTrue(layers.size() < 100, "layer switcher entries: " + layers.size());
        return withFeatures >= 10;
    }

    private static String shownValue(ChromeDriver browser) {
        List<WebElement> els = browser.findElements(By.cssSelector("[data-tag-id='" + TAG + "']"));
        return els.isEmpty() ? "" : els.get(0).getText();
    }
}
