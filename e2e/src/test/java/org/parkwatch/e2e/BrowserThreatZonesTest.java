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
 * Threat zones in a real headless Chromium during the gas-leak scenario: the incident view draws
 * the incident's zones with their legend levels and the exposed population the API reports; the
 * "what if" form opens with the live wind, computes zones for a tank and shows the server's message
 * naming a bad field.
 */
class BrowserThreatZonesTest {
    @Test
    void incidentViewDrawsTheZonesAndTheWhatIfFormComputesNewOnes(@TempDir Path dir)
            throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "PARK"), Map.of(), 250)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1600, 1000);
            try {
                EmergencyLeak.steadyWind(stack);
                Browser.openConsole(browser, stack);
                EmergencyLeak.awaitGood(stack, "E01.GD101.GAS", "PARK.WS1.WD");
                EmergencyLeak.startScenario(stack);

                await().atMost(Duration.ofSeconds(45))
                        .until(
                                () -> {
                                    Object id =
                                            browser.executeScript(
                                                    "return document.getElementById('zone-panel').dataset.incidentId");
                                    return id != null && id.toString().startsWith("INC-");
                                });
                String incidentId =
                        (String)
                                browser.executeScript(
                                        "return document.getElementById('zone-panel').dataset.incidentId");
                JsonNode api =
                        Http.getJson(stack, "/api/incidents/" + incidentId + "/threat-zones");
                WebElement panel = browser.findElement(By.id("zone-panel"));
                assertEquals(
                        api.path("features").size(),
                        panel.findElements(By.cssSelector("[data-zone-level]")).size());
                assertEquals(
                        "1",
                        panel.findElements(By.cssSelector("[data-zone-level]"))
                                .get(0)
                                .getAttribute("data-zone-level"),
                        "outermost first");
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        String.valueOf(
                                                        api.path("exposure")
                                                                .path("population")
                                                                .asInt())
                                                .equals(
                                                        browser.findElement(By.id("zone-panel"))
                                                                .getAttribute(
                                                                        "data-exposed-population")));
                assertTrue(
                        api.path("exposure").path("population").asInt() >= 320,
                        "Xiaolizhuang is downwind");
                assertTrue(browser.findElement(By.id("zone-panel")).getText().contains("小李庄"));
                int drawn =
                        Integer.parseInt(
                                String.valueOf(
                                        browser.executeScript(
                                                "return document.body.dataset.zoneFeatures")));
                assertTrue(drawn >= 3, "zone polygons on the map: " + drawn);
                // issue 12: the zone set of a confirmed leak says so, in the panel and on the map
                assertEquals("confirmed", api.path("kind").asText());
                assertEquals(
                        "confirmed",
                        browser.findElement(By.id("zone-panel")).getAttribute("data-zone-kind"));
                assertEquals(
                        "confirmed",
                        browser.executeScript("return document.body.dataset.zoneKind"));
                assertTrue(
                        browser.findElement(By.cssSelector("#zone-panel .zone-kind"))
                                .getText()
                                .contains("已确认泄漏"));
                Browser.screenshot(browser, "threat-zones-incident");

                // what if: the form opens with the live wind; a bad wind speed names the field; a
                // good run draws zones
                browser.findElement(By.id("whatif-open")).click();
                WebElement form = browser.findElement(By.id("whatif-form"));
                assertEquals(
                        String.valueOf(ThreatZonesEndToEndTest.WIND_FROM_DEG).replace(".0", ""),
                        form.findElement(By.name("windFromDeg"))
                                .getAttribute("value")
                                .replace(".0", ""));
                form.findElement(By.name("featureId")).sendKeys("E01-V101");
                WebElement speed = form.findElement(By.name("windSpeedMPerS"));
                speed.clear();
                speed.sendKeys("0");
                form.findElement(By.cssSelector(".whatif-run")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        "error"
                                                .equals(
                                                        browser.findElement(By.id("whatif-form"))
                                                                .getAttribute("data-state")));
                assertTrue(
                        browser.findElement(By.cssSelector("#whatif-form .whatif-error"))
                                .getText()
                                .contains("windSpeedMPerS"));
                speed =
                        browser.findElement(By.id("whatif-form"))
                                .findElement(By.name("windSpeedMPerS"));
                speed.clear();
                speed.sendKeys("2");
                browser.findElement(By.cssSelector("#whatif-form .whatif-run")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        "done"
                                                .equals(
                                                        browser.findElement(By.id("whatif-form"))
                                                                .getAttribute("data-state")));
                assertEquals(
                        "",
                        browser.findElement(By.id("zone-panel")).getAttribute("data-incident-id"),
                        "the panel shows the what-if result");
                assertTrue(
                        browser.findElements(By.cssSelector("#zone-panel [data-zone-level]")).size()
                                >= 3);
                assertEquals(
                        "what-if",
                        browser.findElement(By.id("zone-panel")).getAttribute("data-zone-kind"));
                assertEquals(
                        "what-if", browser.executeScript("return document.body.dataset.zoneKind"));
                Browser.screenshot(browser, "threat-zones-what-if");
            } finally {
                browser.quit();
            }
        }
    }
}
