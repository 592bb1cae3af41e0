package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Where people look during an emergency (issue 14, scopes 7 and 8), in a real headless Chromium on
 * the demo stack (simulator → OPC UA → bridge → MQTT → backend) during the gas leak at E01-V101:
 * the big screen switches to its 战时 layout once the level is decided at 三级 and back when it drops
 * to 四级; the field commander's page at 390×844 shows the tasks, a status change made there
 * persists, a posted note reaches the incident log; the replay at the start of the timeline shows
 * an earlier state than now. Screenshots of the command view (1920×1080) and the field page
 * (390×844) in zh-CN and en are kept.
 */
class BrowserEmergencyViewsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void screenFieldPageAndReplayFollowTheIncident(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "PARK"), Map.of(), 250)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                ScreenshotFiles.setViewport(browser, 1920, 1080);
                Browser.login(browser, stack, stack.httpBase() + "/screen");
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> "ready".equals(js(browser, "document.body.dataset.screen")));
                assertEquals("normal", js(browser, "document.body.dataset.layout"));

                String id = EmergencyLeak.start(stack);
                String inc = "/api/emergency/incidents/" + id;
                EmergencyLeak.post(
                        stack, inc + "/decision", "{\"level\":\"III\",\"reason\":\"氯气扩散至园区道路\"}");
                EmergencyLeak.post(stack, inc + "/dispatch", "{\"resourceId\":\"T-PARK-FIRE\"}");
                int tasks = Http.getJson(stack, inc).path("tasks").size();
                assertTrue(tasks > 0, "level III generates tasks");

                screenGoesToWar(browser, id, tasks);
                Browser.screenshot(browser, "emergency-command-screen-1920x1080-zh");
                switchLanguage(browser, "en");
                assertTrue(
                        browser.findElement(By.cssSelector(".title-war"))
                                .getText()
                                .contains("war time"));
                Browser.screenshot(browser, "emergency-command-screen-1920x1080-en");
                switchLanguage(browser, "zh-CN");

                // downgraded to 四级: the everyday layout returns
                EmergencyLeak.post(
                        stack, inc + "/level", "{\"level\":\"IV\",\"reason\":\"泄漏已控制，浓度下降\"}");
                await().atMost(WAIT)
                        .until(() -> "normal".equals(js(browser, "document.body.dataset.layout")));

                fieldPage(stack, browser, id, tasks);
                replay(stack, browser, id);
            } finally {
                browser.quit();
            }
        }
    }

    private static void screenGoesToWar(ChromeDriver browser, String id, int tasks) {
        await().atMost(WAIT)
                .until(
                        () ->
                                "war".equals(js(browser, "document.body.dataset.layout"))
                                        && id.equals(
                                                js(browser, "document.body.dataset.warIncident"))
                                        && "III"
                                                .equals(
                                                        js(
                                                                browser,
                                                                "document.body.dataset.warLevel")));
        await().atMost(WAIT)
                .until(
                        () ->
                                String.valueOf(tasks).equals(panelCount(browser, "war-tasks"))
                                        && "1".equals(panelCount(browser, "war-resources")));
        WebElement board = browser.findElement(By.cssSelector("[data-panel='war-tasks']"));
        assertTrue(board.isDisplayed());
        assertEquals(tasks, board.findElements(By.cssSelector("[data-task-status]")).size());
        assertTrue(
                browser.findElement(By.cssSelector("[data-panel='war-level']"))
                        .getText()
                        .contains("三级响应"));
        assertTrue(Integer.parseInt(panelCount(browser, "war-timeline")) > 0);
        // the everyday charts give way; the map shows the incident's zones
        assertTrue(
                !browser.findElement(By.cssSelector("[data-panel='alarm-trend']")).isDisplayed());
        await().atMost(WAIT)
                .until(
                        () ->
                                Integer.parseInt(
                                                String.valueOf(
                                                        js(
                                                                browser,
                                                                "document.body.dataset.zoneFeatures || '0'")))
                                        > 0);
    }

    private static void fieldPage(DemoStack stack, ChromeDriver browser, String id, int tasks)
            throws Exception {
        ScreenshotFiles.setViewport(browser, 390, 844);
        JsonNode fire = null;
        for (JsonNode r : Http.getJson(stack, "/api/emergency/resources"))
            if (r.path("id").asText().equals("T-PARK-FIRE")) fire = r;
        String url =
                stack.httpBase()
                        + "/field?incident="
                        + id
                        + "&lon="
                        + fire.path("lon").asDouble()
                        + "&lat="
                        + fire.path("lat").asDouble();
        open(stack, browser, url);
        // the change to 四级 added that level's tasks: the page shows every task the record has
        int all = Http.getJson(stack, "/api/emergency/incidents/" + id).path("tasks").size();
        assertTrue(all >= tasks);
        await().atMost(WAIT)
                .alias("field page shows " + all + " tasks; page: " + fieldState(browser))
                .until(
                        () ->
                                "ready".equals(js(browser, "document.body.dataset.field"))
                                        && browser.findElements(
                                                                By.cssSelector(
                                                                        "#fd-tasks [data-task-status]"))
                                                        .size()
                                                == all);
        assertEquals(id, browser.findElement(By.id("field")).getAttribute("data-incident-id"));
        assertEquals(
                390L,
                ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
                        .longValue(),
                "nothing wider than the phone");

        // the commander starts a task on the phone; it persists
        // (the page may re-render on a push meanwhile: the elements are found afresh)
        String[] started = new String[1];
        await().atMost(WAIT)
                .ignoreExceptions()
                .until(
                        () -> {
                            WebElement todo =
                                    browser.findElement(
                                            By.cssSelector(
                                                    "#fd-tasks [data-task-status='TODO'] .fd-advance"));
                            started[0] =
                                    todo.findElement(By.xpath("./ancestor::li"))
                                            .getAttribute("data-action-id");
                            todo.click();
                            return true;
                        });
        String actionId = started[0];
        await().atMost(WAIT).until(() -> "DOING".equals(taskStatus(stack, id, actionId)));
        browser.navigate().refresh();
        await().atMost(WAIT)
                .until(
                        () ->
                                "ready".equals(js(browser, "document.body.dataset.field"))
                                        && "DOING"
                                                .equals(
                                                        browser.findElement(
                                                                        By.cssSelector(
                                                                                "#fd-tasks [data-action-id='"
                                                                                        + actionId
                                                                                        + "']"))
                                                                .getAttribute("data-task-status")));
        Browser.screenshot(browser, "emergency-field-390x844-zh");

        // a note posted from the field reaches the incident log
        browser.findElement(By.cssSelector("[data-tab='messages']")).click();
        String note = "下风向道路已封闭，请求环境监测组到东门";
        await().atMost(WAIT)
                .ignoreExceptions()
                .until(
                        () -> {
                            WebElement text = browser.findElement(By.id("fd-note"));
                            text.clear();
                            text.sendKeys(note);
                            browser.findElement(By.cssSelector(".fd-post")).click();
                            return true;
                        });
        await().atMost(WAIT)
                .until(
                        () ->
                                Http.getJson(stack, "/api/emergency/incidents/" + id + "/log")
                                        .path("entries")
                                        .toString()
                                        .contains(note));
        await().atMost(WAIT)
                .until(
                        () ->
                                browser
                                        .findElements(
                                                By.cssSelector("#fd-messages [data-action='note']"))
                                        .stream()
                                        .anyMatch(e -> e.getText().contains(note)));
        browser.findElement(By.cssSelector("[data-tab='tasks']")).click();
        switchLanguage(browser, "en");
        assertTrue(
                browser.findElement(By.id("fd-status")).getText().contains("tasks open"),
                browser.findElement(By.id("fd-status")).getText());
        Browser.screenshot(browser, "emergency-field-390x844-en");
        switchLanguage(browser, "zh-CN");
    }

    private static void replay(DemoStack stack, ChromeDriver browser, String id) throws Exception {
        ScreenshotFiles.setViewport(browser, 1920, 1080);
        open(stack, browser, stack.httpBase() + "/replay?incident=" + id);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "ready".equals(js(browser, "document.body.dataset.replay"))
                                        && js(
                                                        browser,
                                                        "document.getElementById('replay').dataset.at")
                                                != null);
        WebElement root = browser.findElement(By.id("replay"));
        assertEquals("IV", root.getAttribute("data-level"), "now: downgraded to 四级");
        assertTrue(Integer.parseInt(root.getAttribute("data-zone-count")) > 0);
        double now = Double.parseDouble(gasValue(browser));
        Browser.screenshot(browser, "emergency-replay-1920x1080");

        // scrubbed to the start of the timeline (before the detection)
        Object min =
                browser.executeScript(
                        "const s = document.getElementById('rp-slider'); s.value = s.min;"
                                + " s.dispatchEvent(new Event('input')); return s.min;");
        await().atMost(WAIT)
                .until(
                        () ->
                                String.valueOf(min)
                                        .equals(
                                                browser.findElement(By.id("replay"))
                                                        .getAttribute("data-at")));
        root = browser.findElement(By.id("replay"));
        assertEquals("", root.getAttribute("data-level"), "no level before the detection");
        assertEquals("0", root.getAttribute("data-zone-count"), "no zones before the detection");
        String early = gasValue(browser);
        assertTrue(
                early.isEmpty() || Double.parseDouble(early) < now,
                "the detector read " + early + " then and " + now + " now");

        // play: the timeline runs forward from the start by itself; pause stops it
        long start = Long.parseLong(String.valueOf(min));
        browser.findElement(By.id("rp-play")).click();
        await().atMost(WAIT)
                .until(
                        () ->
                                "true"
                                                .equals(
                                                        browser.findElement(By.id("replay"))
                                                                .getAttribute("data-playing"))
                                        && Long.parseLong(
                                                        browser.findElement(By.id("replay"))
                                                                .getAttribute("data-at"))
                                                > start);
        browser.findElement(By.id("rp-play")).click();
        assertEquals(null, browser.findElement(By.id("replay")).getAttribute("data-playing"));
        String paused = browser.findElement(By.id("replay")).getAttribute("data-at");
        Thread.sleep(2500); // longer than one playback step: nothing moves while paused
        assertEquals(paused, browser.findElement(By.id("replay")).getAttribute("data-at"));
    }

    /** What the field page shows, for a failure message. */
    private static Object fieldState(ChromeDriver browser) {
        return js(
                browser,
                "JSON.stringify({body: document.body.dataset, field: document.getElementById('field').dataset,"
                        + " status: document.getElementById('fd-status').textContent,"
                        + " notice: document.getElementById('notice').textContent})");
    }

    private static String gasValue(ChromeDriver browser) {
        return browser.findElement(By.cssSelector("[data-replay-value='E01.GD101.GAS']"))
                .getAttribute("data-v");
    }

    private static String taskStatus(DemoStack stack, String id, String actionId) throws Exception {
        for (JsonNode t : Http.getJson(stack, "/api/emergency/incidents/" + id).path("tasks"))
            if (t.path("actionId").asText().equals(actionId)) return t.path("status").asText();
        return null;
    }

    /** Opens a page of the app, logging in again if the page asks. */
    private static void open(DemoStack stack, ChromeDriver browser, String url) {
        browser.get(url);
        await().atMost(WAIT)
                .until(
                        () -> {
                            Object auth = js(browser, "document.body.dataset.auth");
                            return "ok".equals(auth) || "login".equals(auth);
                        });
        if ("login".equals(js(browser, "document.body.dataset.auth")))
            Browser.submitLogin(browser, stack.adminUser(), stack.adminPassword());
    }

    private static void switchLanguage(ChromeDriver browser, String lang) {
        browser.findElement(By.id("lang-switch")).click();
        await().atMost(WAIT).until(() -> lang.equals(js(browser, "document.documentElement.lang")));
    }

    private static String panelCount(ChromeDriver browser, String panel) {
        return browser.findElement(By.cssSelector("[data-panel='" + panel + "']"))
                .getAttribute("data-count");
    }

    private static Object js(ChromeDriver browser, String expression) {
        return browser.executeScript("return " + expression);
    }
}
