package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;

/**
 * Daily safety commitment in a real headless Chromium (issue 15): with the deadline still ahead the
 * demo has six of eight enterprises declared; E08's user declares in its portal, the big screen's
 * on-time rate goes from 75 % to 87.5 % and the public display lists E08 as declared and safe. The
 * panel's three views in both languages at 1920×1080, scanned for raw codes and untranslated text.
 */
class BrowserSafetyDutyTest {
    private static final int W = 1920;
    private static final int H = 1080;

    @Test
    void anEnterpriseDeclaresInItsPortalAndTheScreenAndPublicDisplayFollow(@TempDir Path dir)
            throws Exception {
        // the deadline an hour ahead (at most 23:59): the seeded on-time declarations are made,
        // E05's late one not yet, so E05 and E08 are pending
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        LocalTime deadline =
                now.isAfter(LocalTime.of(22, 58)) ? LocalTime.of(23, 59) : now.plusHours(1);
        InProcessBackend backend =
                InProcessBackend.start(
                        dir.resolve("data"),
                        Map.of(
                                "risk.qra.autoStart", "false",
                                "public.snapshotMs", "1000",
                                "safetyduty.commitmentDeadline", deadline.toString()));
        String password = "pw-" + Long.toHexString(new SecureRandom().nextLong()) + "-duty";
        backend.app()
                .security()
                .users()
                .create("e08-duty", Role.ENTERPRISE, "E08", "E08 duty", password);
        ChromeDriver started = null;
        try {
            started = Browser.start(Files.createDirectories(dir.resolve("chrome")), W, H);
            ChromeDriver b = started;
            ScreenshotFiles.setViewport(b, W, H);
            TextScan scan = new TextScan();
            List<String> problems = new ArrayList<>();

            Browser.login(b, backend.base() + "/screen", "admin", backend.adminPassword());
            assertEquals("75", screenRate(b, null));
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "safety-duty-screen-before-zh-CN-1920x1080"), W, H);
            assertEquals("6", publicDeclared(b, backend.base(), "zh-CN", null));

            // E08's user declares in its portal
            b.manage().deleteAllCookies();
            b.executeScript("localStorage.clear(); sessionStorage.clear();");
            Browser.login(b, backend.base() + "/#view=safety-duty", "e08-duty", password);
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    "loaded"
                                            .equals(
                                                    b.executeScript(
                                                            "return document.body.dataset.safetyDuty")));
            String before = b.findElement(By.id("sd-panel")).getText();
            problems.addAll(scan.problems("zh-CN commitments (E08)", before, true));
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "safety-duty-portal-form-zh-CN-1920x1080"), W, H);
            b.findElement(By.cssSelector("#sd-commitment-form input[name=responsible]"))
                    .sendKeys("黄志强");
            b.findElement(By.cssSelector("#sd-commitment-form input[name='work.hot']")).clear();
            b.findElement(By.cssSelector("#sd-commitment-form input[name='work.hot']"))
                    .sendKeys("1");
            b.findElement(By.id("sd-declare")).click();
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    "on-time"
                                            .equals(
                                                    b.executeScript(
                                                            "const r = document.querySelector('#sd-commitment-table tr[data-enterprise=\"E08\"]');"
                                                                    + " return r && r.dataset.state")));
            String after = b.findElement(By.id("sd-panel")).getText();
            assertTrue(after.contains("按时") && after.contains("动火 1"), after);
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "safety-duty-portal-declared-zh-CN-1920x1080"), W, H);

            // the park's views: the rate on the big screen, each view of the panel in both
            // languages
            b.manage().deleteAllCookies();
            b.executeScript("localStorage.clear(); sessionStorage.clear();");
            Browser.login(b, backend.base() + "/screen", "admin", backend.adminPassword());
            assertEquals("87.5", screenRate(b, "87.5"));
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "safety-duty-screen-after-zh-CN-1920x1080"), W, H);
            for (String lang : List.of("zh-CN", "en")) {
                b.executeScript("localStorage.setItem('parkwatch.lang', '" + lang + "');");
                for (String tab : List.of("commitments", "duties", "calendar")) {
                    String text = panel(b, backend.base(), tab);
                    problems.addAll(scan.problems(lang + " " + tab, text, lang.equals("zh-CN")));
                    if (tab.equals("duties"))
                        assertTrue(text.contains(lang.equals("en") ? "overdue" : "逾期"), text);
                    if (tab.equals("calendar"))
                        assertTrue(
                                text.contains(lang.equals("en") ? "suppressed by design" : "按设计抑制"),
                                text);
                    ScreenshotFiles.assertPng(
                            Browser.screenshot(b, "safety-duty-" + tab + "-" + lang + "-1920x1080"),
                            W,
                            H);
                }
            }
            b.executeScript("localStorage.setItem('parkwatch.lang', 'zh-CN');");
            assertEquals("7", publicDeclared(b, backend.base(), "zh-CN", "7"));
            String pub = b.findElement(By.cssSelector("[data-public-view=status]")).getText();
            assertTrue(pub.contains("滨河绿洁危废处置有限公司") && pub.contains("已承诺 · 安全运行"), pub);
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "safety-duty-public-zh-CN-1920x1080"), W, H);
            publicDeclared(b, backend.base(), "en", "7");
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "safety-duty-public-en-1920x1080"), W, H);

            assertTrue(problems.isEmpty(), String.join("\n", problems));
            List<String> csp = Browser.cspViolations(b);
            assertTrue(csp.isEmpty(), csp.toString());
        } finally {
            if (started != null) started.quit();
            backend.close();
        }
    }

    /** The big screen's commitment rate once its panel is ready (and equals {@code expect}). */
    private static String screenRate(ChromeDriver b, String expect) {
        String js =
                "const p = document.querySelector('[data-panel=commitments]');"
                        + " return p && p.dataset.state === 'ready' ? p.dataset.rate : null;";
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            Object r = b.executeScript(js);
                            return r != null && (expect == null || expect.equals(r));
                        });
        return String.valueOf(b.executeScript(js));
    }

    /** The public status view's count of declared enterprises (once it equals {@code expect}). */
    private static String publicDeclared(ChromeDriver b, String base, String lang, String expect) {
        b.get(base + "/public?view=status&lang=" + lang + "&pollMs=1000");
        String js =
                "const s = document.querySelector('.commit-board');"
                        + " return s && !s.hidden ? s.dataset.declared : null;";
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            Object r = b.executeScript(js);
                            return r != null && (expect == null || expect.equals(r));
                        });
        return String.valueOf(b.executeScript(js));
    }

    /** Opens the safety-duty panel on {@code tab} and returns its text once rendered. */
    private static String panel(ChromeDriver b, String base, String tab) {
        b.get(base + "/#view=safety-duty:" + tab);
        b.navigate().refresh();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "loaded"
                                        .equals(
                                                b.executeScript(
                                                        "return document.body.dataset.safetyDuty")));
        return b.findElement(By.id("sd-panel")).getText();
    }
}
