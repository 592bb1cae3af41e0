package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dual-prevention page of the demo park in a real headless Chromium: the hidden dangers show
 * the overdue ones and the 重大隐患; a hidden danger reported in the page walks its life cycle (assess,
 * assign, rectify with a photo, verify, close) through its buttons; the statistics tab's park
 * figures equal the API's; the risk points show their four colours; no raw code, key or English
 * sentence on the Chinese screens; screenshots at 1920×1080 in zh-CN and en.
 */
class BrowserDualPreventionTest {
    private static final int W = 1920;
    private static final int H = 1080;
    private static final String TITLE = "浏览器测试隐患";
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    @Test
    void aHiddenDangerWalksItsLifeCycleAndTheStatisticsMatchTheApi(@TempDir Path dir)
            throws Exception {
        InProcessBackend backend =
                InProcessBackend.start(dir.resolve("data"), Map.of("risk.qra.autoStart", "false"));
        ChromeDriver b = null;
        try {
            b = Browser.start(Files.createDirectories(dir.resolve("chrome")), W, H);
            ScreenshotFiles.setViewport(b, W, H);
            Browser.login(b, backend.base() + "/", "admin", backend.adminPassword());
            TextScan scan = new TextScan();
            List<String> problems = new ArrayList<>();

            String dangers = open(b, backend.base(), "dangers");
            assertTrue(dangers.contains("已逾期") && dangers.contains("重大隐患"), dangers);
            problems.addAll(scan.problems("zh-CN hidden dangers", dangers, true));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "dual-dangers-zh-CN-1920x1080"), W, H);

            // report in the page, then each step through the row's buttons
            b.findElement(By.cssSelector("#dual-report input[name=title]")).sendKeys(TITLE);
            b.findElement(By.cssSelector("#dual-report button[type=submit]")).click();
            awaitState(b, "reported");
            click(b, "assess");
            awaitState(b, "assessed");
            WebElement person = row(b).findElement(By.cssSelector("input.dual-person"));
            person.sendKeys("测试员");
            click(b, "assign");
            awaitState(b, "assigned");
            click(b, "rectify");
            awaitState(b, "rectified");
            Path photo = Files.write(dir.resolve("rectified.png"), PNG);
            row(b).findElement(By.cssSelector("input.dual-photo-input"))
                    .sendKeys(photo.toAbsolutePath().toString());
            String token = backend.adminToken();
            String id = row(b).getAttribute("data-danger-id");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    Http.getJson(
                                                            backend.base()
                                                                    + "/api/dual-prevention/hidden-dangers/"
                                                                    + id,
                                                            token)
                                                    .path("photos")
                                                    .size()
                                            == 1);
            click(b, "verify");
            awaitState(b, "verified");
            click(b, "close");
            // closed rows are hidden until "show closed" is ticked (the panel is rebuilt after the
            // step)
            awaitRowGone(b);
            b.findElement(By.id("dual-show-closed")).click();
            awaitState(b, "closed");
            JsonNode closed =
                    Http.getJson(
                            backend.base() + "/api/dual-prevention/hidden-dangers/" + id, token);
            assertEquals("closed", closed.path("state").asText());
            assertEquals(6, closed.path("events").size(), closed.toString());

            // statistics against the API
            String stats = tab(b, "stats");
            awaitChart(b);
            JsonNode park =
                    Http.getJson(backend.base() + "/api/dual-prevention/statistics", token)
                            .path("park");
            List<WebElement> cells =
                    b.findElements(By.cssSelector("#dual-stats tr[data-enterprise=park] td"));
            assertEquals(park.path("total").asText(), cells.get(1).getText());
            assertEquals(park.path("open").asText(), cells.get(2).getText());
            assertEquals(park.path("overdue").asText(), cells.get(3).getText());
            assertEquals(park.path("majorOpen").asText(), cells.get(4).getText());
            double rate = Double.parseDouble(cells.get(5).getText().replaceAll("[^0-9.]", ""));
            assertEquals(park.path("rectificationRate").asDouble() * 100, rate, 0.051);
            assertTrue(stats.contains("重大隐患清单"), stats);
            problems.addAll(scan.problems("zh-CN statistics", stats, true));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "dual-stats-zh-CN-1920x1080"), W, H);

            String risk = tab(b, "risk");
            for (String g : List.of("重大风险", "较大风险", "一般风险", "低风险"))
                assertTrue(risk.contains(g), g + " in " + risk);
            problems.addAll(scan.problems("zh-CN risk points", risk, true));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "dual-risk-zh-CN-1920x1080"), W, H);

            b.executeScript("localStorage.setItem('parkwatch.lang', 'en');");
            String dangersEn = open(b, backend.base(), "dangers");
            assertTrue(dangersEn.contains("overdue") && dangersEn.contains("major"), dangersEn);
            problems.addAll(scan.problems("en hidden dangers", dangersEn, false));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "dual-dangers-en-1920x1080"), W, H);
            String statsEn = tab(b, "stats");
            assertTrue(statsEn.contains("Rectification rate"), statsEn);
            problems.addAll(scan.problems("en statistics", statsEn, false));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "dual-stats-en-1920x1080"), W, H);

            assertTrue(problems.isEmpty(), String.join("\n", problems));
            List<String> csp = Browser.cspViolations(b);
            assertTrue(csp.isEmpty(), csp.toString());
        } finally {
            if (b != null) b.quit();
            backend.close();
        }
    }

    /** Opens {@code #view=dual&tab=…} afresh and returns the panel's text once it has rendered. */
    private static String open(ChromeDriver b, String base, String tab) {
        b.get(base + "/#view=dual&tab=" + tab);
        b.navigate().refresh();
        awaitLoaded(b);
        return b.findElement(By.id("dual-panel")).getText();
    }

    private static String tab(ChromeDriver b, String tab) {
        b.executeScript("document.body.dataset.dual = ''");
        b.findElement(By.id("dual-tab-" + tab)).click();
        awaitLoaded(b);
        return b.findElement(By.id("dual-panel")).getText();
    }

    private static void awaitChart(ChromeDriver b) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                "drawn"
                                        .equals(
                                                b.executeScript(
                                                        "return document.body.dataset.dualChart")));
    }

    private static void awaitLoaded(ChromeDriver b) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "loaded".equals(b.executeScript("return document.body.dataset.dual")));
    }

    /** The row of the test's hidden danger (the table is rebuilt after each step). */
    private static WebElement row(ChromeDriver b) {
        for (WebElement tr : b.findElements(By.cssSelector("#dual-dangers tbody tr")))
            if (tr.getText().contains(TITLE)) return tr;
        throw new AssertionError("no row " + TITLE);
    }

    private static void awaitRowGone(ChromeDriver b) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> !rowShown(b));
    }

    private static boolean rowShown(ChromeDriver b) {
        for (WebElement tr : b.findElements(By.cssSelector("#dual-dangers tbody tr")))
            if (tr.getText().contains(TITLE)) return true;
        return false;
    }

    private static void click(ChromeDriver b, String action) {
        row(b).findElement(By.cssSelector("button.dual-action[data-action=" + action + "]"))
                .click();
    }

    private static void awaitState(ChromeDriver b, String state) {
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> state.equals(row(b).getAttribute("data-state")));
    }
}
