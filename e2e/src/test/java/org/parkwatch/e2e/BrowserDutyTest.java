package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The duty page (值班) in a real headless Chromium over the demo stack: the demo roster's person on
 * duty is listed first, a duty log entry written in the form appears in the log and in the day's
 * figures, and a notification the demo cannot deliver (no channel configured) shows as failed with
 * the key to set, then is acknowledged with the button.
 */
class BrowserDutyTest {
    private static final String MESSAGE_INPUT =
            "#duty-page input[placeholder='事件编号'][type='text']:not([name])";

    @Test
    void dutyLogReportAndMessagesInTheBrowser(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            HttpResponse<String> sent =
                    Http.CLIENT.send(
                            HttpRequest.newBuilder(
                                            URI.create(stack.httpBase() + "/api/notify/send"))
                                    .header("Authorization", "Bearer " + stack.adminToken())
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"kind\":\"incident_opened\",\"incidentId\":\"INC-E2E\","
                                                            + "\"title\":\"氯气泄漏 E01-V101\"}",
                                                    StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sent.statusCode(), sent.body());
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                ScreenshotFiles.setViewport(b, 1920, 1080);
                Browser.login(b, stack, stack.httpBase() + "/");
                waitFor(b, "!!document.querySelector(\"[data-menu='duty']\")");
                b.findElement(By.cssSelector("[data-menu='duty']")).click();
                waitFor(b, "!!document.querySelector('#duty-page .duty-now li')");
                String first = b.findElement(By.cssSelector("#duty-page .duty-now li")).getText();
                assertTrue(first.startsWith("王建国") || first.startsWith("赵强"), first);

                WebElement form =
                        b.findElement(By.cssSelector("#duty-page form[data-action='log']"));
                form.findElement(By.name("text")).sendKeys("交接班：储罐区巡检正常");
                form.findElement(By.cssSelector("button[type='submit']")).click();
                waitFor(
                        b,
                        "(document.querySelector('#duty-page')?.innerText || '').includes('交接班：储罐区巡检正常')");
                waitFor(
                        b,
                        "document.querySelector(\"#duty-page [data-figure='log'] td:last-child\")?.innerText === '1'");

                WebElement incident = b.findElement(By.cssSelector(MESSAGE_INPUT));
                incident.sendKeys("INC-E2E");
                String row = "#duty-page tr[data-message-id]";
                // the demo configures no channel: four attempts each (5, 10 and 20 s apart), then
                // failed
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(
                                () -> {
                                    b.executeScript(
                                            "document.querySelector(\""
                                                    + MESSAGE_INPUT
                                                    + " + button\").click()");
                                    return Boolean.TRUE.equals(
                                            b.executeScript(
                                                    "return document.querySelectorAll('"
                                                            + row
                                                            + "').length === 3 && document.querySelectorAll('"
                                                            + row
                                                            + " .duty-state-failed').length === 3"));
                                });
                String text = b.findElement(By.cssSelector("#duty-page")).getText();
                assertTrue(text.contains("发送失败") && text.contains("set notify.smtp.host"), text);
                Browser.screenshot(b, "duty-page-zh");
                b.executeScript("document.querySelector('" + row + " button').click()");
                waitFor(
                        b,
                        "document.querySelectorAll('#duty-page tr[data-message-id] .duty-state-acknowledged').length === 3");
            } finally {
                b.quit();
            }
        }
    }

    private static void waitFor(ChromeDriver b, String condition) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(b.executeScript("return " + condition)));
    }
}
