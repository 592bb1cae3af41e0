package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;

/**
 * The control-room big screen (/screen) in headless Chromium on the demo stack, logged in as an
 * operator through the login form: every panel renders with data, a value changed at the simulator
 * reaches the screen through OPC UA, the bridge, MQTT and the WebSocket, and screenshots at
 * 1920×1080 and 3840×2160 are kept as test artefacts.
 */
class BrowserScreenTest {
    private static final List<String> PANELS =
            List.of(
                    "alarms-by-priority",
                    "alarms-by-enterprise",
                    "alarm-trend",
                    "hazards-by-grade",
                    "risk-colours",
                    "feed-health",
                    "environment",
                    "incidents",
                    "map");

    @Test
    void everyPanelShowsDataAndValuesUpdateLive(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("PARK", "E01"), Map.of(), 250)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    Http.getJson(stack, "/api/tags/PARK.WS1.TA")
                                            .path("q")
                                            .asText()
                                            .equals("good"));
            stack.simulator()
                    .setValue(
                            "E01.TK201.LT",
                            9.5); // a level alarm, so the alarm panels have something
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Http.getJson(stack, "/api/alarms").size() > 0);

            String operator = stack.ensureUser(Role.OPERATOR, null);

            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                ScreenshotFiles.setViewport(browser, 1920, 1080);
                // without a session the screen shows the login form first; the control room logs in
                // as an operator
                Browser.login(
                        browser, stack.httpBase() + "/screen", operator, stack.adminPassword());
                assertEquals(
                        "operator", browser.executeScript("return document.body.dataset.role"));
                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () ->
                                        "ready"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.body.dataset.screen")));
                for (String panel : PANELS) {
                    await().alias(
                                    panel
                                            + " ready; panels: "
                                            + browser.executeScript(PANEL_STATES)
                                            + " notice: "
                                            + browser.executeScript(
                                                    "return document.getElementById('notice').textContent"))
                            .atMost(Duration.ofSeconds(30))
                            .until(() -> "ready".equals(attr(browser, panel, "state")));
                }
                assertTrue(count(browser, "alarms-by-priority") >= 1, "active alarms counted");
                assertTrue(
                        count(browser, "alarms-by-enterprise") >= 1, "an enterprise with alarms");
                assertEquals(24, count(browser, "alarm-trend"), "24 hourly buckets");
                assertTrue(count(browser, "hazards-by-grade") >= 1, "graded major hazards");
                assertEquals(
                        8, count(browser, "risk-colours"), "every enterprise has a risk colour");
                assertTrue(count(browser, "feed-health") >= 2, "PARK and E01 feeds");
                assertTrue(count(browser, "environment") >= 20, "weather and air-quality values");
                assertTrue(
                        Integer.parseInt(attr(browser, "environment", "live")) >= 20,
                        "live environment values");
                assertEquals(0, count(browser, "incidents"), "no incident in a quiet park");
                assertTrue(
                        !browser.findElements(
                                        org.openqa.selenium.By.cssSelector(
                                                "[data-panel='alarm-trend'] canvas"))
                                .isEmpty(),
                        "the trend chart is drawn");

                // the level falls back and rises again: a new activation pulses on the map
                stack.simulator().setValue("E01.TK201.LT", 3.0);
                assertEquals(
                        null, browser.executeScript("return document.body.dataset.alarmFlash"));
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () -> {
                                    for (var a : Http.getJson(stack, "/api/alarms")) {
                                        if (a.path("tagId").asText().equals("E01.TK201.LT")
                                                && a.path("conditionActive").asBoolean()) {
                                            return false;
                                        }
                                    }
                                    return true;
                                });
                stack.simulator().setValue("E01.TK201.LT", 9.5);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        browser.executeScript(
                                                        "return document.body.dataset.alarmFlash")
                                                != null);

                stack.simulator().setValue("PARK.WS1.TA", 23.7);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "23.70"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.querySelector(\"[data-panel='environment'] [data-tag-id='PARK.WS1.TA']\")"
                                                                        + "?.textContent"))); // range −30…50 °C: two decimals

                Thread.sleep(500); // let the charts and the map paint (nothing is asserted on the
                // pixels)
                ScreenshotFiles.assertPng(
                        Browser.screenshot(browser, "screen-1920x1080"), 1920, 1080);

                // English switch: page title, panel headings and chart labels follow
                browser.findElement(org.openqa.selenium.By.id("lang-switch")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        "Park Safety Monitoring and Early Warning"
                                                .equals(browser.getTitle()));
                assertEquals(
                        "Major hazards by grade",
                        browser.executeScript(
                                "return document.querySelector(\"[data-panel='hazards-by-grade'] h2 span\").textContent"));
                browser.findElement(org.openqa.selenium.By.id("lang-switch")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> "园区安全生产监测预警大屏".equals(browser.getTitle()));
                ScreenshotFiles.setViewport(browser, 3840, 2160);
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        ((Number)
                                                                browser.executeScript(
                                                                        "return parseFloat(getComputedStyle(document.documentElement).fontSize)"))
                                                        .doubleValue()
                                                >= 31);
                browser.navigate()
                        .refresh(); // a 4K wall loads the page at 4K: the map renders at pixel
                // ratio 2
                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () ->
                                        "ready"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.body.dataset.screen")));
                for (String panel : PANELS) {
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> "ready".equals(attr(browser, panel, "state")));
                }
                Thread.sleep(1000); // let the charts and the map paint
                ScreenshotFiles.assertPng(
                        Browser.screenshot(browser, "screen-3840x2160"), 3840, 2160);
                assertEquals(
                        List.of(),
                        PublicDisplayEndToEndTest.cspViolations(browser),
                        "CSP violations");
            } finally {
                browser.quit();
            }
        }
    }

    private static final String PANEL_STATES =
            "return [...document.querySelectorAll('[data-panel]')]"
                    + ".map((p) => p.dataset.panel + '=' + p.dataset.state + '/' + p.dataset.count).join(' ')";

    private static String attr(ChromeDriver browser, String panel, String name) {
        Object v =
                browser.executeScript(
                        "return document.querySelector(\"[data-panel='"
                                + panel
                                + "']\")?.dataset."
                                + name);
        return v == null ? null : v.toString();
    }

    private static int count(ChromeDriver browser, String panel) {
        return Integer.parseInt(attr(browser, panel, "count"));
    }
}
