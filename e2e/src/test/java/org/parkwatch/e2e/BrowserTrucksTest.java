package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A hazmat truck's terminal speaks JT/T 808 over real TCP to the demo park's backend; the one-map
 * in a real headless Chromium draws the truck and counts it inside the park, in both languages
 * (screenshots at 1920×1080).
 */
class BrowserTrucksTest {
    private static final String PHONE = "13800000077";
    private static final String PLATE = "豫E77777";

    @Test
    void truckReportedOverJt808AppearsOnTheMap(@TempDir Path dir) throws Exception {
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
            HttpResponse<String> provisioned =
                    Http.CLIENT.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/logistics/terminals"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"phone\":\""
                                                            + PHONE
                                                            + "\",\"plate\":\""
                                                            + PLATE
                                                            + "\",\"carrier\":\"豫北危货运输有限公司\","
                                                            + "\"enterpriseIds\":[\"E01\"]}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(201, provisioned.statusCode(), provisioned.body());

            browser = Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            ScreenshotFiles.setViewport(browser, 1920, 1080);
            Browser.login(browser, base + "/", "admin", backend.adminPassword());
            ChromeDriver b = browser;

            int port = backend.app().capabilities().logistics().jt808Port();
            try (TruckTerminal truck = new TruckTerminal("127.0.0.1", port, PHONE)) {
                RegistrationResponse reg = truck.register(PLATE);
                assertEquals(RegistrationResponse.SUCCESS, reg.result());
                assertEquals(GeneralResponse.OK, truck.authenticate(reg.authCode()));
                // inside the demo park's fence (gis-data park-boundary), heading east
                LocationReport fix =
                        new LocationReport(
                                0,
                                1L << LocationReport.STATUS_POSITIONED,
                                35.2500,
                                113.9500,
                                95,
                                32.5,
                                90,
                                Instant.now(),
                                Map.of());
                assertEquals(GeneralResponse.OK, truck.report(fix));
            }
            awaitTruckAndCensus(b, "在园危化车辆 1 辆");
            ScreenshotFiles.assertPng(Browser.screenshot(b, "trucks-zh-CN-1920x1080"), 1920, 1080);

            b.executeScript("localStorage.setItem('parkwatch.lang', 'en');");
            b.navigate().refresh();
            awaitTruckAndCensus(b, "Hazmat trucks in the park: 1");
            ScreenshotFiles.assertPng(Browser.screenshot(b, "trucks-en-1920x1080"), 1920, 1080);
            List<String> csp = Browser.cspViolations(b);
            assertTrue(csp.isEmpty(), csp.toString());
        } finally {
            if (browser != null) browser.quit();
            backend.close();
        }
    }

    private static void awaitTruckAndCensus(ChromeDriver b, String census) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "1".equals(b.executeScript("return document.body.dataset.trucks")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> census.equals(b.findElement(By.id("trucks-census")).getText()));
    }
}
