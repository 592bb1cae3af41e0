package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;

/**
 * The control room on a bad day in a real headless Chromium (issue 18): two simultaneous leak
 * incidents (E01 chlorine, E02 ammonia), the second never replacing the one being looked at;
 * switching between them with the map fitted to the selected one; acknowledge-by-incident
 * journalled under the operator; closing with a reason; an E01 user (a second browser)
 * acknowledging its own alarm and sending feedback with a photo that the park's page shows on the
 * incident; and the page at 1366×768, 1920×1080 and 3840×2160 in zh-CN and English with nothing
 * clipped.
 */
class BrowserIncidentsTest {
    private static final String OPEN_COUNT =
            "return document.getElementById('incident-list')?.dataset.openCount";
    private static final String SHOWN =
            "return document.getElementById('incident-panel')?.dataset.incidentId";

    @Test
    void twoIncidentsSwitchAcknowledgeCloseAndEnterpriseFeedback(@TempDir Path dir)
            throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "E02"), Map.of(), 250)) {
            ChromeDriver park =
                    Browser.start(Files.createDirectories(dir.resolve("chrome-park")), 1920, 1080);
            ChromeDriver e01 = null;
            try {
                ScreenshotFiles.setViewport(park, 1920, 1080);
                Browser.login(park, stack, stack.httpBase() + "/");
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "open"
                                                .equals(
                                                        park.executeScript(
                                                                "return document.body.dataset.ws")));
                park.executeScript("localStorage.setItem('parkwatch.alarms.muted', '1');");
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> good(stack, "E01.GD101.GAS") && good(stack, "E02.GD101.GAS"));

                // first incident: E01 chlorine detectors above H (0.3 ppm); it is shown as nothing
                // else is
                stack.simulator().setValue("E01.GD101.GAS", 0.5);
                stack.simulator().setValue("E01.GD102.GAS", 0.5);
                await().atMost(Duration.ofSeconds(40))
                        .until(() -> "1".equals(park.executeScript(OPEN_COUNT)));
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        park.executeScript(SHOWN) != null
                                                && park.executeScript(SHOWN)
                                                        .toString()
                                                        .startsWith("INC-"));
                String first = park.executeScript(SHOWN).toString();

                // second incident: E02 ammonia above H (40 ppm); it joins the list and does not
                // replace the first
                stack.simulator().setValue("E02.GD101.GAS", 50.0);
                stack.simulator().setValue("E02.GD102.GAS", 50.0);
                await().atMost(Duration.ofSeconds(40))
                        .until(() -> "2".equals(park.executeScript(OPEN_COUNT)));
                assertEquals(
                        first,
                        park.executeScript(SHOWN),
                        "a new incident never replaces the selected one");
                String second =
                        (String)
                                park.executeScript(
                                        "return [...document.querySelectorAll('.incident-row')]"
                                                + ".map(r => r.dataset.incidentId).find(id => id !== '"
                                                + first
                                                + "')");
                assertTrue(
                        !park.findElements(
                                        By.cssSelector(
                                                ".incident-row[data-incident-id='"
                                                        + second
                                                        + "'] .inc-new"))
                                .isEmpty(),
                        "the new incident is marked new in the list");
                Browser.screenshot(park, "incidents-two-1920x1080-zh");

                // switch to the second and back: the panel follows, the map is fitted to each
                click(park, ".incident-row[data-incident-id='" + second + "']");
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> second.equals(park.executeScript(SHOWN)));
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        second.equals(
                                                park.executeScript(
                                                        "return document.body.dataset.incidentFit")));
                assertTrue(
                        incidentInView(park, stack, second),
                        "the selected incident's place is in the map view");
                click(park, ".incident-row[data-incident-id='" + first + "']");
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> first.equals(park.executeScript(SHOWN)));
                assertTrue(incidentInView(park, stack, first));
                click(park, ".incident-row[data-incident-id='" + second + "']");
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> second.equals(park.executeScript(SHOWN)));

                // acknowledge by incident: every alarm of the second, journalled under the operator
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        !park.findElements(
                                                        By.cssSelector(
                                                                "#incident-panel [data-action='ack-incident']:not([disabled])"))
                                                .isEmpty());
                click(park, "#incident-panel [data-action='ack-incident']");
                List<String> alarmsOfSecond = new ArrayList<>();
                Http.getJson(stack, "/api/incidents/" + second)
                        .path("alarmIds")
                        .forEach(a -> alarmsOfSecond.add(a.asText()));
                assertTrue(alarmsOfSecond.size() >= 2, alarmsOfSecond.toString());
                await().atMost(Duration.ofSeconds(15))
                        .until(
                                () ->
                                        alarmsOfSecond.stream()
                                                .allMatch(
                                                        id ->
                                                                "ACK_ACTIVE"
                                                                        .equals(
                                                                                park.executeScript(
                                                                                        "return document.querySelector(\"#incident-panel li[data-alarm-id='"
                                                                                                + id
                                                                                                + "']\")?.dataset.state"))));
                for (String id : alarmsOfSecond) {
                    JsonNode journal = Http.getJson(stack, "/api/alarms/journal?alarm=" + id);
                    assertEquals(
                            stack.adminUser(),
                            journal.get(journal.size() - 1).path("user").asText(),
                            id);
                }
                assertEquals(
                        "OPEN",
                        park.executeScript(
                                "return document.getElementById('incident-panel').dataset.state"),
                        "acknowledging does not close the incident");

                // close it with a reason
                click(park, "#incident-panel [data-action='close-incident']");
                park.findElement(By.id("incident-close-reason")).sendKeys("氨泄漏已处置，检测值回落");
                click(park, "#incident-panel [data-action='close-submit']");
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        "CLOSED"
                                                .equals(
                                                        park.executeScript(
                                                                "return document.getElementById('incident-panel').dataset.state")));
                assertTrue(
                        park.findElement(By.id("incident-panel"))
                                .getText()
                                .contains("氨泄漏已处置，检测值回落"));
                assertEquals(
                        "CLOSED",
                        Http.getJson(stack, "/api/incidents/" + second).path("state").asText());
                assertEquals(
                        "OPEN",
                        Http.getJson(stack, "/api/incidents/" + first).path("state").asText());
                assertEquals("1", park.executeScript(OPEN_COUNT));
                Browser.screenshot(park, "incidents-closed-1920x1080-zh");

                // the E01 user acknowledges its own alarm and answers it with cause, disposal and a
                // photo
                String e01User = stack.ensureUser(Role.ENTERPRISE, "E01");
                e01 = Browser.start(Files.createDirectories(dir.resolve("chrome-e01")), 1600, 1000);
                ChromeDriver ent = e01;
                Browser.login(ent, stack.httpBase() + "/", e01User, stack.adminPassword());
                ent.executeScript("localStorage.setItem('parkwatch.alarms.muted', '1');");
                String row = ".alarm-row[data-alarm-id='E01.GD101.GAS.H']";
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> !ent.findElements(By.cssSelector(row)).isEmpty());
                assertTrue(
                        ent.findElements(By.cssSelector(".alarm-row[data-alarm-id^='E02.']"))
                                .isEmpty(),
                        "another enterprise's alarms are not listed");
                click(ent, row + " [data-action='ack']");
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        "ACK_ACTIVE"
                                                .equals(
                                                        ent.executeScript(
                                                                "return document.querySelector(\""
                                                                        + row
                                                                        + "\")?.dataset.state")));
                JsonNode journal = Http.getJson(stack, "/api/alarms/journal?alarm=E01.GD101.GAS.H");
                assertEquals(e01User, journal.get(journal.size() - 1).path("user").asText());

                // its mapping view shows live values; the CSV export neutralises formula-like cells
                click(ent, "#portal-mapping-button");
                String liveCell = "#portal-mapping td.live[data-tag-id='E01.GD101.GAS']";
                await().atMost(Duration.ofSeconds(15))
                        .until(
                                () ->
                                        "good"
                                                .equals(
                                                        ent.executeScript(
                                                                "return document.querySelector(\""
                                                                        + liveCell
                                                                        + "\")?.dataset.q")));
                String shown = ent.findElement(By.cssSelector(liveCell)).getText();
                assertTrue(shown.startsWith("0.5"), "live value of the forced detector: " + shown);
                // control characters shown as <code> (the driver would normalise line ends)
                Object csv =
                        ent.executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "import('/js/portal/csv.js').then(m => done(Array.from(m.toCsv([['=1+1', '-3', '@x', '\\tA',"
                                        + " '+A', '-2+3', 'a,b', '\\rB', 'ok']])).map(c => c.charCodeAt(0) < 32 || c === '\\uFEFF'"
                                        + " ? '<' + c.charCodeAt(0) + '>' : c).join(''))).catch(e => done('failed: ' + e.message));");
                assertEquals(
                        "<65279>'=1+1,-3,'@x,'<9>A,'+A,'-2+3,\"a,b\",\"'<13>B\",ok<13><10>", csv);
                Browser.screenshot(ent, "enterprise-mapping-live-E01");
                click(ent, "#portal-mapping .portal-close:last-child");

                Path photo = dir.resolve("leak.png");
                BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(new Color(200, 120, 40));
                g.fillRect(8, 8, 48, 32);
                g.dispose();
                ImageIO.write(image, "png", photo.toFile());
                click(ent, row + " [data-action='feedback']");
                ent.findElement(By.id("feedback-cause")).sendKeys("法兰垫片老化渗漏");
                ent.findElement(By.id("feedback-disposal")).sendKeys("已关闭根部阀并更换垫片");
                ent.findElement(By.id("feedback-photo"))
                        .sendKeys(photo.toAbsolutePath().toString());
                click(ent, "[data-action='feedback-send']");
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        Boolean.TRUE.equals(
                                                ent.executeScript(
                                                        "return document.getElementById('feedback-form').hidden")));
                Browser.screenshot(ent, "enterprise-feedback-E01");

                // the park's page, looking at the first incident, shows the feedback with its photo
                click(park, ".incident-row[data-incident-id='" + first + "']");
                await().atMost(Duration.ofSeconds(15))
                        .until(
                                () ->
                                        park.findElement(By.id("incident-panel"))
                                                .getText()
                                                .contains("法兰垫片老化渗漏"));
                WebElement item =
                        park.findElement(By.cssSelector("#incident-panel .feedback-item"));
                assertTrue(item.getText().contains("已关闭根部阀并更换垫片"), item.getText());
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        ((Number)
                                                                park.executeScript(
                                                                        "return document.querySelector('#incident-panel .feedback-photo')?.naturalWidth || 0"))
                                                        .intValue()
                                                == 64);
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        !park.findElements(
                                                        By.cssSelector(
                                                                ".alarm-row[data-alarm-ids~='E01.GD101.GAS.H'] .fb-seen"))
                                                .isEmpty());
                Browser.screenshot(park, "incidents-feedback-1920x1080-zh");

                // HH above H on the same detector: one row for the point, showing HH, the H under
                // it
                stack.simulator().setValue("E01.GD101.GAS", 0.7); // HH 0.6 ppm in the demo tag list
                String point = ".alarm-row[data-alarm-ids~='E01.GD101.GAS.HH']";
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> !park.findElements(By.cssSelector(point)).isEmpty());
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        "E01.GD101.GAS.HH"
                                                .equals(
                                                        park.executeScript(
                                                                "return document.querySelector(\""
                                                                        + point
                                                                        + "\")?.dataset.alarmId")));
                assertEquals(
                        1L,
                        park.executeScript(
                                "return [...document.querySelectorAll('.alarm-row')]"
                                        + ".filter(r => r.dataset.alarmIds.split(' ').some(id => id.startsWith('E01.GD101.'))).length"));
                assertTrue(
                        park.findElement(By.cssSelector(point))
                                .getAttribute("data-alarm-ids")
                                .contains("E01.GD101.GAS.H"));
                assertEquals(
                        GROUPS_EXPECTED,
                        park.executeAsyncScript(GROUPS_SCRIPT),
                        "a bypass with its permit alarm is one row");

                layoutAtEverySize(park);
                assertTrue(Browser.cspViolations(park).isEmpty(), "no CSP violation");
            } finally {
                park.quit();
                if (e01 != null) e01.quit();
            }
        }
    }

    /**
     * Two alarms of one bypass tag and an H/HH pair: two rows, each showing its most severe alarm.
     */
    private static final String GROUPS_SCRIPT =
            """
            const done = arguments[arguments.length - 1];
            import('/js/alarms/groups.js').then((g) => done(g.groupByPoint([
              { id: 'E01.SIS2.BYP.ST', tagId: 'E01.SIS2.BYP', priority: 'high', activatedMs: 1 },
              { id: 'E01.SIS2.BYP.NO_PERMIT', tagId: 'E01.SIS2.BYP', priority: 'critical', activatedMs: 2 },
              { id: 'E01.TK201.TT.H', tagId: 'E01.TK201.TT', priority: 'high', activatedMs: 3 },
              { id: 'E01.TK201.TT.HH', tagId: 'E01.TK201.TT', priority: 'high', activatedMs: 2 },
            ]).map((x) => x.top.id + '/' + x.alarms.length).join(' '))).catch((e) => done('failed: ' + e.message));
            """;

    private static final String GROUPS_EXPECTED = "E01.SIS2.BYP.NO_PERMIT/2 E01.TK201.TT.HH/2";

    /**
     * 1366×768, 1920×1080 and 3840×2160 in zh-CN and English: a screenshot each and nothing
     * clipped.
     */
    private static void layoutAtEverySize(ChromeDriver park) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            if (lang.equals("en")) {
                park.findElement(By.id("lang-switch")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        park.findElement(By.cssSelector("#incident-list h2"))
                                                .getText()
                                                .equals("Incidents"));
            }
            for (int[] size : new int[][] {{1366, 768}, {1920, 1080}, {3840, 2160}}) {
                ScreenshotFiles.setViewport(park, size[0], size[1]);
                Thread.sleep(
                        500); // let the map and the docks settle before the artefact (nothing timed
                // is asserted)
                String name = "layout-" + size[0] + "x" + size[1] + "-" + lang;
                Path shot = Browser.screenshot(park, name);
                ScreenshotFiles.assertPng(shot, size[0], size[1]);
                for (String p : LayoutCheck.problems(park)) problems.add(name + ": " + p);
            }
        }
        assertTrue(
                problems.isEmpty(),
                problems.size() + " layout problems:\n" + String.join("\n", problems));
    }

    private static boolean good(DemoStack stack, String tag) throws Exception {
        return Http.getJson(stack, "/api/tags/" + tag).path("q").asText().equals("good");
    }

    /**
     * Clicks through the live DOM (lists re-render as messages arrive, so no stale element is
     * held).
     */
    private static void click(ChromeDriver browser, String css) {
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                Boolean.TRUE.equals(
                                        browser.executeScript(
                                                "const e = document.querySelector(arguments[0]); if (!e) return false; e.click(); return true;",
                                                css)));
    }

    /** Is the incident's place inside the map's current view? */
    private static boolean incidentInView(ChromeDriver browser, DemoStack stack, String id)
            throws Exception {
        JsonNode inc = Http.getJson(stack, "/api/incidents/" + id);
        Object r =
                browser.executeScript(
                        "const [lon, lat] = arguments;"
                                + "const map = document.getElementById('map').olMap; if (!map) return 'no map hook';"
                                + "const ext = map.getView().calculateExtent(map.getSize());"
                                + "const p = ol.proj.fromLonLat([lon, lat]);"
                                + "return ol.extent.containsCoordinate(ext, p);",
                        inc.path("lon").asDouble(),
                        inc.path("lat").asDouble());
        assertTrue(r instanceof Boolean, String.valueOf(r));
        return (Boolean) r;
    }
}
