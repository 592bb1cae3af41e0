package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.bridge.trucks.TruckTerminal;
import org.parkwatch.model.logistics.jt808.GeneralResponse;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.logistics.jt808.RegistrationResponse;

/**
 * Issue 16, done-when: a hazmat truck with a waybill to E01 enters at the west gate over real TCP
 * JT/T 808, gets its permitted route on the park's roads (drawn on the one-map in a real headless
 * Chromium), then turns into 纬一路 — a road closed to hazardous goods, 400 m off its route: E01's
 * route-deviation and closed-road alarms go through the ISA-18.2 alarm machinery into the alarm
 * list, the journal names the truck, and the truck's card shows the breach; in both languages
 * (screenshots at 1920×1080).
 */
class BrowserTruckDeviationTest {
    private static final String PHONE = "13800000016";
    private static final String PLATE = "豫E16016";

    @Test
    void truckLeavingItsRouteRaisesTheAlarmInTheBrowser(@TempDir Path dir) throws Exception {
        InProcessBackend backend =
                InProcessBackend.start(
                        dir.resolve("data"),
                        Map.of(
                                "risk.qra.autoStart", "false",
                                "logistics.jt808.enabled", "true",
                                "logistics.jt808.host", "127.0.0.1",
                                "logistics.jt808.port", "0",
                                "logistics.pushMs", "200"));
        String base = backend.base();
        String token = backend.adminToken();
        ChromeDriver browser = null;
        try {
            post(
                    base,
                    token,
                    "/api/logistics/terminals",
                    "{\"phone\":\""
                            + PHONE
                            + "\",\"plate\":\""
                            + PLATE
                            + "\",\"carrier\":\"豫北危货运输有限公司\",\"enterpriseIds\":[\"E01\"]}");
            long now = System.currentTimeMillis();
            post(
                    base,
                    token,
                    "/api/logistics/waybills",
                    "{\"id\":\"WB-E2E-16\",\"plate\":\""
                            + PLATE
                            + "\",\"driverId\":\"D16\","
                            + "\"cas\":\"7782-50-5\",\"unNumber\":\"UN1017\",\"chemicalZh\":\"液氯\","
                            + "\"quantityT\":18,\"enterpriseId\":\"E01\",\"direction\":\"LOAD\","
                            + "\"slotFromMs\":"
                            + (now - 3_600_000)
                            + ",\"slotToMs\":"
                            + (now + 7_200_000)
                            + "}");

            browser = Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            ScreenshotFiles.setViewport(browser, 1920, 1080);
            Browser.login(browser, base + "/#truck=" + PHONE, "admin", backend.adminPassword());
            ChromeDriver b = browser;
            b.executeScript("localStorage.setItem('parkwatch.alarms.muted', '1');");

            int port = backend.app().capabilities().logistics().jt808Port();
            try (TruckTerminal truck = new TruckTerminal("127.0.0.1", port, PHONE)) {
                RegistrationResponse reg = truck.register(PLATE);
                assertEquals(RegistrationResponse.SUCCESS, reg.result());
                assertEquals(GeneralResponse.OK, truck.authenticate(reg.authCode()));
                Instant t = Instant.now();
                // just inside the west gate on 纬二路 (gis-data roads layer), heading east
                assertEquals(GeneralResponse.OK, truck.report(fix(113.9345, 35.2500, 20, 90, t)));
                JsonNode route = awaitRoute(base, token);
                assertEquals("WB-E2E-16", route.path("waybill").path("id").asText());
                assertTrue(
                        route.path("route").path("roadIds").toString().contains("R-JING1"),
                        "to E01 along 经一路, not the closed 纬一路: " + route);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "1"
                                                .equals(
                                                        b.executeScript(
                                                                "return document.body.dataset.truckRoute")));

                // the deviation: on 纬一路, closed to hazmat, about 400 m west of the route
                assertEquals(
                        GeneralResponse.OK,
                        truck.report(fix(113.9400, 35.2554, 18, 0, t.plusSeconds(60))));
            }
            String offRoute = "E01.TRUCK_OFFROUTE";
            awaitAlarmRow(b, offRoute, "危化车辆偏离许可路线");
            assertFigure(b, offRoute, "\\d[\\d,]* 米");
            awaitAlarmRow(b, "E01.TRUCK_CLOSEDROAD", "危化车辆驶入禁行道路");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    b.findElements(By.id("trucks-breaches")).stream()
                                            .anyMatch(e -> e.getText().contains("偏离许可路线")));
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "truck-deviation-zh-CN-1920x1080"), 1920, 1080);

            JsonNode journal = Http.getJson(base + "/api/alarms/journal?alarm=" + offRoute, token);
            assertTrue(
                    journal.toString().contains(PLATE + " 偏离许可路线")
                            && journal.toString().contains("left its permitted route"),
                    "the journal names the truck in both languages: " + journal);

            b.executeScript("localStorage.setItem('parkwatch.lang', 'en');");
            b.navigate().refresh();
            awaitAlarmRow(b, offRoute, "hazmat truck off its permitted route");
            assertFigure(b, offRoute, "\\d[\\d,]* m");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    b.findElements(By.id("trucks-breaches")).stream()
                                            .anyMatch(
                                                    e ->
                                                            e.getText()
                                                                    .contains(
                                                                            "off its permitted route")));
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "truck-deviation-en-1920x1080"), 1920, 1080);

            // the big screen's logistics panel: 18 t of liquid chlorine on the move, today's top
            // five
            b.get(base + "/screen");
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    "1"
                                            .equals(
                                                    b.executeScript(
                                                            "const p = document.querySelector('[data-panel=logistics]');"
                                                                    + " return p && p.dataset.state === 'ready' ? p.dataset.count : null;")));
            String panel = b.findElement(By.cssSelector("[data-panel=logistics]")).getText();
            assertTrue(panel.contains("18 t"), panel);
            assertEquals(
                    2,
                    b.findElements(
                                    By.cssSelector(
                                            "[data-panel=logistics] tr[data-cas='7782-50-5']"))
                            .size(),
                    "liquid chlorine on the move and in today's top five: " + panel);
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "screen-logistics-en-1920x1080"), 1920, 1080);
            List<String> csp = Browser.cspViolations(b);
            assertTrue(csp.isEmpty(), csp.toString());
        } finally {
            if (browser != null) browser.quit();
            backend.close();
        }
    }

    private static LocationReport fix(double lon, double lat, double kmh, int course, Instant t) {
        return new LocationReport(
                0, 1L << LocationReport.STATUS_POSITIONED, lat, lon, 95, kmh, course, t, Map.of());
    }

    private static JsonNode awaitRoute(String base, String token) {
        JsonNode[] got = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            HttpResponse<String> r =
                                    Http.CLIENT.send(
                                            HttpRequest.newBuilder(
                                                            URI.create(
                                                                    base
                                                                            + "/api/logistics/vehicles/"
                                                                            + PHONE
                                                                            + "/route"))
                                                    .header("Authorization", "Bearer " + token)
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) return false;
                            got[0] =
                                    new com.fasterxml.jackson.databind.ObjectMapper()
                                            .readTree(r.body());
                            return got[0].has("route");
                        });
        return got[0];
    }

    private static void awaitAlarmRow(ChromeDriver b, String alarmId, String text) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            Object t =
                                    b.executeScript(
                                            "return document.querySelector(\".alarm-row[data-alarm-id='"
                                                    + alarmId
                                                    + "']\")?.textContent");
                            return t != null && t.toString().contains(text);
                        });
    }

    /** The alarm row's figure: the metres off the route with their unit, no bare number. */
    private static void assertFigure(ChromeDriver b, String alarmId, String pattern) {
        Object v =
                b.executeScript(
                        "return document.querySelector(\".alarm-row[data-alarm-id='"
                                + alarmId
                                + "'] .val\")?.textContent");
        assertTrue(v != null && v.toString().matches(pattern), "figure with its unit: " + v);
    }

    private static void post(String base, String token, String path, String body) throws Exception {
        HttpResponse<String> r =
                Http.CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), path + ": " + r.body());
    }
}
