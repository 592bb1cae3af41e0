package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The history store's admin page in a real headless Chromium at 1920×1080 (issue 13): the
 * administrator opens it from the menu while the demo park streams; it shows the figures /metrics
 * has (samples accepted grow, disk per tier, write-ahead size, conversion state) with Chinese
 * labels, and English ones after the language switch. Screenshots {@code
 * target/screenshots/history-admin- zh.png} and {@code …-en.png}.
 */
class BrowserHistoryAdminTest {
    @Test
    void administratorSeesTheHistoryStoreFigures(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                ScreenshotFiles.setViewport(b, 1920, 1080);
                Browser.login(b, stack, stack.httpBase() + "/");
                waitFor(b, "!!document.querySelector(\"[data-menu='history']\")");
                b.findElement(By.cssSelector("[data-menu='history']")).click();
                waitFor(
                        b,
                        "!!document.querySelector(\"#history-page tr[data-figure='accepted']\")");
                String page = b.findElement(By.id("history-page")).getText();
                assertTrue(page.contains("历史数据存储"), page);
                assertTrue(page.contains("预写日志大小") && page.contains("磁盘用量：1 小时汇总"), page);
                assertEquals(
                        14, b.findElements(By.cssSelector("#history-page tr[data-figure]")).size());
                // the park streams: samples accepted since start is a positive number (grouped
                // digits)
                String accepted = figure(b, "accepted");
                assertTrue(accepted.matches("[1-9][0-9,]*"), accepted);
                assertTrue(
                        figure(b, "walBytes").matches("[0-9.,]+ (B|KB|MB|GB)"),
                        figure(b, "walBytes"));
                Browser.screenshot(b, "history-admin-zh");

                b.executeScript("localStorage.setItem('parkwatch.lang', 'en');");
                b.navigate().refresh();
                waitFor(b, "!!document.querySelector(\"[data-menu='history']\")");
                b.findElement(By.cssSelector("[data-menu='history']")).click();
                waitFor(
                        b,
                        "!!document.querySelector(\"#history-page tr[data-figure='accepted']\")");
                String en = b.findElement(By.id("history-page")).getText();
                assertTrue(en.contains("History store") && en.contains("Write-ahead log size"), en);
                Browser.screenshot(b, "history-admin-en");
            } finally {
                b.quit();
            }
            // the route is for administrators only
            int status =
                    Http.CLIENT
                            .send(
                                    java.net.http.HttpRequest.newBuilder(
                                                    java.net.URI.create(
                                                            stack.httpBase()
                                                                    + "/api/admin/history"))
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode();
            assertEquals(401, status, "no session: refused");
        }
    }

    private static String figure(ChromeDriver b, String key) {
        return b.findElement(By.cssSelector("#history-page tr[data-figure='" + key + "'] td"))
                .getText()
                .trim();
    }

    private static void waitFor(ChromeDriver b, String condition) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(b.executeScript("return " + condition)));
    }
}
