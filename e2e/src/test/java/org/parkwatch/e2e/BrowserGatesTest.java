package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
 * Gate devices report people entering over HTTP and a hazmat truck parks in the demo park's hazmat
 * lot over JT/T 808; the one-map in a real headless Chromium shows the counts and the lot's
 * occupancy, in both languages (screenshots at 1920×1080).
 */
class BrowserGatesTest {
    private static final String PHONE = "13800000088";
    private static final String PLATE = "豫E88888";

    @Test
    void gateCountsAndTheParkingLotShowOnTheMap(@TempDir Path dir) throws Exception {
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
            String park = provision(base, token, "PARK-GATE1", "PARK");
            String e01 = provision(base, token, "E01-GATE", "E01");
            for (int i = 0; i < 5; i++) {
                report(base, "PARK-GATE1", park, "C" + i);
                if (i < 3) report(base, "E01-GATE", e01, "C" + i);
            }
            post(
                    base,
                    "/api/logistics/terminals",
                    "Bearer " + token,
                    "{\"phone\":\""
                            + PHONE
                            + "\",\"plate\":\""
                            + PLATE
                            + "\",\"carrier\":\"豫北危货运输有限公司\",\"enterpriseIds\":[\"E01\"]}",
                    201);
            int port = backend.app().capabilities().logistics().jt808Port();
            try (TruckTerminal truck = new TruckTerminal("127.0.0.1", port, PHONE)) {
                RegistrationResponse reg = truck.register(PLATE);
                assertEquals(GeneralResponse.OK, truck.authenticate(reg.authCode()));
                // inside the hazmat parking lot (gis-data park-facilities PARK-HAZPARK)
                LocationReport fix =
                        new LocationReport(
                                0,
                                1L << LocationReport.STATUS_POSITIONED,
                                35.2425,
                                113.9370,
                                90,
                                0,
                                0,
                                Instant.now(),
                                Map.of());
                assertEquals(GeneralResponse.OK, truck.report(fix));
            }

            browser = Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            ScreenshotFiles.setViewport(browser, 1920, 1080);
            Browser.login(browser, base + "/", "admin", backend.adminPassword());
            ChromeDriver b = browser;
            awaitCounts(b, "园区内：5 人 · 0 辆");
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "gates-parking-zh-CN-1920x1080"), 1920, 1080);

            b.executeScript("localStorage.setItem('parkwatch.lang', 'en');");
            b.navigate().refresh();
            awaitCounts(b, "In the park: 5 people · 0 vehicles");
            ScreenshotFiles.assertPng(
                    Browser.screenshot(b, "gates-parking-en-1920x1080"), 1920, 1080);
            List<String> csp = Browser.cspViolations(b);
            assertTrue(csp.isEmpty(), csp.toString());
        } finally {
            if (browser != null) browser.quit();
            backend.close();
        }
    }

    private static void awaitCounts(ChromeDriver b, String park) {
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "1"
                                        .equals(
                                                b.executeScript(
                                                        "return document.body.dataset.parkingOccupied")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> b.findElement(By.id("gates-panel")).getText().contains(park));
        assertTrue(b.findElement(By.id("gates-panel")).getText().contains("3"));
    }

    private static String provision(String base, String token, String id, String site)
            throws Exception {
        String body =
                post(
                        base,
                        "/api/logistics/gate-devices",
                        "Bearer " + token,
                        "{\"id\":\""
                                + id
                                + "\",\"nameZh\":\"门岗\",\"nameEn\":\"Gate\",\"siteId\":\""
                                + site
                                + "\"}",
                        201);
        return new JsonObject(body).getString("secret");
    }

    private static void report(String base, String gate, String secret, String card)
            throws Exception {
        String basic =
                Base64.getEncoder()
                        .encodeToString((gate + ":" + secret).getBytes(StandardCharsets.UTF_8));
        post(
                base,
                "/api/gate-devices/" + gate + "/events",
                "Basic " + basic,
                "{\"kind\":\"person\",\"direction\":\"in\",\"cardId\":\"" + card + "\"}",
                200);
    }

    private static String post(String base, String path, String auth, String body, int status)
            throws Exception {
        HttpResponse<String> r =
                Http.CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        return r.body();
    }
}
