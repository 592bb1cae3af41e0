package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.parkwatch.model.secret.SecretFiles;

/**
 * Issue 14's "done when", end to end: {@code scenario gas-leak tank=E01-V101} is started through
 * the simulator's control API (what {@code ./parkwatch scenario} sends), the leak reaches the
 * backend through the real OPC UA → bridge → MQTT path, and a commander in headless Chromium at
 * 1920×1080 sees the proposed level with its reasons, confirms it (tasks appear) and dispatches the
 * park fire brigade (ETA on the road graph). The routes API then holds an evacuation route for
 * every population target inside ERPG-2 to a shelter outside the zones, and the dispatched
 * brigade's approach; JTS checks that no evacuation route crosses an ERPG-2 zone (it leaves it once
 * and never re-enters; its safe leg touches none) and no approach route enters the ERPG-3 zone. The
 * notifications reach GreenMail (SMTP) and a local DingTalk robot endpoint; the after-action report
 * downloads from the panel's links as HTML and DOCX with every measured interval.
 */
class EmergencyCommandEndToEndTest {
    private static final String DUTY_MAIL = "duty@example.com";

    /** One person on duty round the clock, told by e-mail and the DingTalk robot. */
    private static final String ROSTER =
            "{\"zone\":\"Asia/Shanghai\",\"people\":[{\"id\":\"D1\",\"name\":\"值班长\",\"lang\":\"zh\","
                    + "\"email\":\""
                    + DUTY_MAIL
                    + "\",\"phone\":\"13900000021\",\"channels\":[\"email\",\"dingtalk\"]}],"
                    + "\"shifts\":[{\"id\":\"all\",\"name\":\"全天\",\"days\":[\"MON\",\"TUE\",\"WED\","
                    + "\"THU\",\"FRI\",\"SAT\",\"SUN\"],\"start\":\"00:00\",\"end\":\"00:00\","
                    + "\"escalation\":[\"D1\"]}]}";

    @Test
    void gasLeakScenarioIsCommandedFromProposalToAfterActionReport(@TempDir Path dir)
            throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (RobotEndpoint robot = RobotEndpoint.start()) {
            Path roster = dir.resolve("roster.json");
            Files.writeString(roster, ROSTER);
            Path dingToken = dir.resolve("ding-token");
            SecretFiles.write(dingToken, "e2e-ding-token\n");
            Map<String, String> cfg = new HashMap<>();
            cfg.put("notify.rosterFile", roster.toString());
            cfg.put("notify.publicUrl", "http://parkwatch.test");
            cfg.put("notify.smtp.host", "127.0.0.1");
            cfg.put("notify.smtp.port", Integer.toString(mail.getSmtp().getPort()));
            cfg.put("notify.smtp.from", "parkwatch@example.com");
            cfg.put("notify.smtp.startTls", "DISABLED");
            cfg.put("notify.dingtalk.url", robot.url("/robot/send"));
            cfg.put("notify.dingtalk.token", "file:" + dingToken);
            try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "PARK"), cfg, 250)) {
                ChromeDriver browser =
                        Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
                try {
                    run(stack, browser, mail, robot);
                } finally {
                    browser.quit();
                }
            }
        } finally {
            mail.stop();
        }
    }

    private static void run(
            DemoStack stack, ChromeDriver browser, GreenMail mail, RobotEndpoint robot)
            throws Exception {
        EmergencyLeak.steadyWind(stack);
        Browser.openConsole(browser, stack);
        EmergencyLeak.awaitGood(stack, "E01.GD101.GAS", "PARK.WS1.WD");
        // ./parkwatch scenario gas-leak tank=E01-V101
        HttpResponse<String> started =
                Http.CLIENT.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:"
                                                        + stack.simulator().controlPort()
                                                        + "/scenarios/gas-leak"))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"tank\":\"E01-V101\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(2, started.statusCode() / 100, started.body());

        String id = proposalIsShownWithItsReasons(stack, browser);
        confirmLevel(stack, browser, id);
        dispatchFireBrigade(stack, browser, id);
        routesAvoidTheZones(stack, browser, id);
        notificationsArrive(mail, robot);
        Browser.screenshot(browser, "emergency-e2e-1920x1080");
        afterActionReport(stack, browser, id);
    }

    /**
     * The panel shows the proposed plan and level with every criterion; returns the incident id.
     */
    private static String proposalIsShownWithItsReasons(DemoStack stack, ChromeDriver browser) {
        await().atMost(Duration.ofSeconds(90))
                .until(
                        () -> {
                            Object id = panelData(browser, "incidentId");
                            if (id == null) return false;
                            JsonNode rec = Http.getJson(stack, "/api/emergency/incidents/" + id);
                            return rec.path("proposal").path("zoneRun").isTextual()
                                    && rec.path("proposal")
                                            .path("level")
                                            .asText()
                                            .equals(panelData(browser, "proposedLevel"));
                        });
        String id = String.valueOf(panelData(browser, "incidentId"));
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(
                        () -> {
                            JsonNode p =
                                    Http.getJson(stack, "/api/emergency/incidents/" + id)
                                            .path("proposal");
                            WebElement panel = browser.findElement(By.id("emergency-panel"));
                            String text = panel.getText();
                            assertEquals("OS-E01-CL2", p.path("planId").asText());
                            assertTrue(text.contains(p.path("planTitleZh").asText()), text);
                            assertEquals(
                                    p.path("checks").size(),
                                    panel.findElements(By.cssSelector("[data-check-fact]")).size());
                            for (JsonNode c : p.path("checks"))
                                assertTrue(
                                        text.contains(c.path("factZh").asText()),
                                        c + " in " + text);
                            return true;
                        });
        return id;
    }

    private static void confirmLevel(DemoStack stack, ChromeDriver browser, String id)
            throws Exception {
        String proposed =
                Http.getJson(stack, "/api/emergency/incidents/" + id)
                        .path("proposal")
                        .path("level")
                        .asText();
        // the commander confirms the incident (接警确认), then decides the level with a reason
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(
                        () -> {
                            browser.findElement(By.cssSelector("#emergency-panel .em-confirm"))
                                    .click();
                            return true;
                        });
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                Http.getJson(stack, "/api/emergency/incidents/" + id)
                                        .path("confirmedMs")
                                        .isNumber());
        // the panel re-renders after the confirmation: the form is found afresh (bounded, a
        // loaded machine renders slowly)
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(
                        () -> {
                            WebElement reason =
                                    browser.findElement(
                                            By.cssSelector("#emergency-panel input[name=reason]"));
                            reason.clear();
                            reason.sendKeys("按系统建议确认");
                            browser.findElement(By.cssSelector("#emergency-panel .em-decide"))
                                    .click();
                            return true;
                        });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> proposed.equals(panelData(browser, "level")));
        int tasks = Http.getJson(stack, "/api/emergency/incidents/" + id).path("tasks").size();
        assertTrue(tasks > 0, "the plan's actions for the level become tasks");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                browser.findElements(
                                                        By.cssSelector(
                                                                "#emergency-panel [data-task-status]"))
                                                .size()
                                        == tasks);
    }

    private static void dispatchFireBrigade(DemoStack stack, ChromeDriver browser, String id)
            throws Exception {
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(
                        () -> {
                            new Select(
                                            browser.findElement(
                                                    By.cssSelector(
                                                            "#emergency-panel select[name=resourceId]")))
                                    .selectByValue("T-PARK-FIRE");
                            browser.findElement(By.cssSelector("#emergency-panel .em-send"))
                                    .click();
                            return true;
                        });
        By row = By.cssSelector("#emergency-panel [data-dispatch='T-PARK-FIRE']");
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(row).isEmpty());
        assertTrue(
                browser.findElement(row).getText().contains("园区道路网最快路线"),
                browser.findElement(row).getText());
        JsonNode d =
                Http.getJson(stack, "/api/emergency/incidents/" + id).path("dispatches").get(0);
        assertEquals("T-PARK-FIRE", d.path("resourceId").asText());
        assertTrue(
                d.path("etaS").asDouble() > 0 && d.path("distanceM").asDouble() > 100,
                d.toString());
    }

    /**
     * Evacuation of every target in ERPG-2 to a shelter outside the zones, the brigade's approach
     * clear of ERPG-3 — on the map's route panel and, checked with JTS, in the API.
     */
    private static void routesAvoidTheZones(DemoStack stack, ChromeDriver browser, String id)
            throws Exception {
        // the dispatch pushes the routes again with the brigade's approach
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                id.equals(routeData(browser, "incidentId"))
                                        && Integer.parseInt(
                                                                String.valueOf(
                                                                        routeData(
                                                                                browser,
                                                                                "dispatchedRoutes")))
                                                        + Integer.parseInt(
                                                                String.valueOf(
                                                                        routeData(
                                                                                browser,
                                                                                "dispatchedWithout")))
                                                == 1);
        JsonNode[] both = new JsonNode[2];
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            both[0] =
                                    Http.getJson(
                                            stack, "/api/routing/incidents/" + id + "/evacuation");
                            both[1] = Http.getJson(stack, "/api/incidents/" + id + "/threat-zones");
                            return both[0].path("zoneRunId")
                                    .asText()
                                    .equals(both[1].path("run").path("runId").asText());
                        });
        RouteGeometry.check(both[0], both[1]);
        String text = browser.findElement(By.id("route-panel")).getText();
        assertTrue(text.contains("园区特勤消防队"), "the dispatched brigade's approach: " + text);
        JsonNode evac = both[0].path("evacuation").path("routes");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                String.valueOf(evac.size())
                                        .equals(routeData(browser, "evacuationRoutes")));
    }

    private static void notificationsArrive(GreenMail mail, RobotEndpoint robot) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            for (MimeMessage m : mail.getReceivedMessages()) {
                                if (m.getAllRecipients()[0].toString().equals(DUTY_MAIL)
                                        && m.getSubject().startsWith("响应级别确认")) return true;
                            }
                            return false;
                        });
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                robot.hits().stream()
                                        .anyMatch(
                                                h ->
                                                        h.path().equals("/robot/send")
                                                                && h.query()
                                                                        .contains(
                                                                                "access_token=e2e-ding-token")
                                                                && (h.body().contains("响应级别确认")
                                                                        || h.body()
                                                                                .contains(
                                                                                        "确认启动"))));
    }

    /**
     * Evacuation started and all clear through the API; the panel's report links download the HTML
     * and the DOCX with every interval measured.
     */
    private static void afterActionReport(DemoStack stack, ChromeDriver browser, String id)
            throws Exception {
        String inc = "/api/emergency/incidents/" + id;
        post(stack, inc + "/evacuation", "{\"note\":\"小李庄开始疏散\"}");
        post(stack, inc + "/all-clear", "{\"reason\":\"泄漏已堵住\"}");
        JsonNode rec = Http.getJson(stack, inc);
        List<String> keys = new ArrayList<>();
        for (JsonNode i : rec.path("intervals")) {
            assertTrue(i.path("minutes").isNumber(), "measured: " + i);
            keys.add(i.path("key").asText());
        }
        assertEquals(5, keys.size(), rec.path("intervals").toString());
        // the links of the panel, fetched by the page with its session
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                browser.findElements(
                                                        By.cssSelector(
                                                                "#emergency-panel a[href$='report.docx']"))
                                                .size()
                                        == 1);
        for (String kind : List.of("html", "docx")) {
            Object got =
                    browser.executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "const a = document.querySelector(`#emergency-panel a[href$='report."
                                    + kind
                                    + "']`);"
                                    + "fetch(a.href).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                                    + " + r.headers.get('content-type') + ' ' + b.byteLength)))"
                                    + ".catch(e => done(String(e)));");
            String[] parts = String.valueOf(got).split(" ");
            assertEquals("200", parts[0], kind + ": " + got);
            assertTrue(Long.parseLong(parts[parts.length - 1]) > 1000, kind + ": " + got);
        }
        HttpResponse<String> html =
                get(stack, inc + "/report.html", HttpResponse.BodyHandlers.ofString());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String k : keys) assertTrue(html.body().contains("data-key=\"" + k + "\""), k);
        HttpResponse<byte[]> docx =
                get(stack, inc + "/report.docx", HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, docx.statusCode());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            XWPFTable t = doc.getTables().get(0);
            assertEquals(
                    keys.size() + 1, t.getRows().size(), "a row per interval under the header");
            for (int r = 1; r < t.getRows().size(); r++)
                assertFalse(
                        t.getRow(r).getCell(3).getText().equals("—"), "measured in the DOCX too");
        }
    }

    private static Object panelData(ChromeDriver browser, String key) {
        return browser.executeScript(
                "const e = document.getElementById('emergency-panel'); return e ? e.dataset['"
                        + key
                        + "'] : null");
    }

    private static Object routeData(ChromeDriver browser, String key) {
        return browser.executeScript(
                "const e = document.getElementById('route-panel'); return e ? e.dataset['"
                        + key
                        + "'] : null");
    }

    private static void post(DemoStack stack, String path, String body) throws Exception {
        HttpResponse<String> r =
                Http.CLIENT.send(
                        HttpRequest.newBuilder(URI.create(stack.httpBase() + path))
                                .header("Authorization", "Bearer " + stack.adminToken())
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
    }

    private static <T> HttpResponse<T> get(
            DemoStack stack, String path, HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpResponse<T> r =
                Http.CLIENT.send(
                        HttpRequest.newBuilder(URI.create(stack.httpBase() + path))
                                .header("Authorization", "Bearer " + stack.adminToken())
                                .GET()
                                .build(),
                        handler);
        assertEquals(200, r.statusCode(), path);
        return r;
    }
}
