package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Evacuation and approach routes in a real headless Chromium at 1920×1080 during the gas-leak
 * scenario (wind from the south over Xiaolizhuang): the incident view draws the routes the API
 * gives and lists them with shelter, people, distance and walking time, in Chinese names with no
 * raw ids; the screenshot is {@code evacuation-routes}.
 */
class BrowserEvacuationRoutesTest {
    @Test
    void incidentViewShowsEvacuationAndApproachRoutes(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "PARK"), Map.of(), 250)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                EmergencyLeak.steadyWind(stack);
                Browser.openConsole(browser, stack);
                EmergencyLeak.awaitGood(stack, "E01.GD101.GAS", "PARK.WS1.WD");
                EmergencyLeak.startScenario(stack);

                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () -> {
                                    Object id =
                                            browser.executeScript(
                                                    "return document.getElementById('route-panel').dataset.incidentId");
                                    return id != null && id.toString().startsWith("INC-");
                                });
                WebElement panel = browser.findElement(By.id("route-panel"));
                String incidentId = panel.getAttribute("data-incident-id");
                JsonNode api =
                        Http.getJson(stack, "/api/routing/incidents/" + incidentId + "/evacuation");
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        String.valueOf(api.path("evacuation").path("routes").size())
                                                .equals(
                                                        browser.findElement(By.id("route-panel"))
                                                                .getAttribute(
                                                                        "data-evacuation-routes")));
                assertTrue(api.path("evacuation").path("routes").size() > 0);
                assertTrue(api.path("approach").path("routes").size() > 0);
                String text = browser.findElement(By.id("route-panel")).getText();
                assertTrue(text.contains("小李庄"), text);
                assertTrue(text.contains("避难场所"), "a shelter by name: " + text);
                assertTrue(text.contains("步行"), "walking time: " + text);
                assertTrue(text.contains("园区特勤消防站"), "the fire station's approach: " + text);
                assertFalse(text.contains("V-XIAOLIZHUANG"), "no raw ids: " + text);
                assertFalse(text.matches("(?s).*\\bER-[A-Z0-9]+.*"), "no raw ids: " + text);
                int drawn =
                        Integer.parseInt(
                                String.valueOf(
                                        browser.executeScript(
                                                "return document.body.dataset.routeFeatures")));
                assertEquals(
                        2 * api.path("evacuation").path("routes").size()
                                + 2 * api.path("approach").path("routes").size()
                                + (int)
                                        java.util.stream.StreamSupport.stream(
                                                        api.path("evacuation")
                                                                .path("shelters")
                                                                .spliterator(),
                                                        false)
                                                .filter(
                                                        s ->
                                                                s.path("unusable").isNull()
                                                                        && s.path("assigned")
                                                                                        .asInt()
                                                                                > 0)
                                                .count(),
                        drawn,
                        "route lines, staging points and used shelters on the map");
                Browser.screenshot(browser, "evacuation-routes");
            } finally {
                browser.quit();
            }
        }
    }
}
