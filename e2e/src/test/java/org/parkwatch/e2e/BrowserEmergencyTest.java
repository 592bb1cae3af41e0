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
import org.openqa.selenium.support.ui.Select;

/**
 * The emergency command panel in a real headless Chromium at 1920×1080 during the gas-leak
 * scenario: it shows the proposed plan and level the API proposes with every criterion; the
 * commander confirms the level with a reason, the task board fills, the fire brigade is dispatched
 * with its ETA; a screenshot is kept.
 */
class BrowserEmergencyTest {
    @Test
    void commanderConfirmsTheProposedLevelAndDispatchesTheFireBrigade(@TempDir Path dir)
            throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "PARK"), Map.of(), 250)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                EmergencyLeak.steadyWind(stack);
                Browser.openConsole(browser, stack);
                EmergencyLeak.awaitGood(stack, "E01.GD101.GAS", "PARK.WS1.WD");
                EmergencyLeak.startScenario(stack);

                // the panel follows the incident; the proposal is made once the zones exist
                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () -> {
                                    Object id =
                                            browser.executeScript(
                                                    "return document.getElementById('emergency-panel').dataset.incidentId");
                                    if (id == null) return false;
                                    JsonNode rec =
                                            Http.getJson(stack, "/api/emergency/incidents/" + id);
                                    return rec.path("proposal").path("zoneRun").isTextual()
                                            && rec.path("proposal")
                                                    .path("level")
                                                    .asText()
                                                    .equals(
                                                            browser.executeScript(
                                                                    "return document.getElementById('emergency-panel').dataset.proposedLevel"));
                                });
                WebElement panel = browser.findElement(By.id("emergency-panel"));
                String id = panel.getAttribute("data-incident-id");
                JsonNode rec = Http.getJson(stack, "/api/emergency/incidents/" + id);
                assertEquals("OS-E01-CL2", rec.path("proposal").path("planId").asText());
                assertEquals(
                        rec.path("proposal").path("checks").size(),
                        panel.findElements(By.cssSelector("[data-check-fact]")).size());
                assertTrue(panel.getText().contains("ERPG-2 区内人数"), panel.getText());

                // the panel may refresh meanwhile (zones following the wind): find the elements
                // afresh
                await().atMost(Duration.ofSeconds(10))
                        .ignoreExceptions()
                        .until(
                                () -> {
                                    WebElement reason =
                                            browser.findElement(
                                                    By.cssSelector(
                                                            "#emergency-panel input[name=reason]"));
                                    reason.clear();
                                    reason.sendKeys("按系统建议确认");
                                    browser.findElement(
                                                    By.cssSelector("#emergency-panel .em-decide"))
                                            .click();
                                    return true;
                                });
                String proposed = rec.path("proposal").path("level").asText();
                await().atMost(Duration.ofSeconds(15))
                        .until(
                                () ->
                                        proposed.equals(
                                                browser.findElement(By.id("emergency-panel"))
                                                        .getAttribute("data-level")));
                int tasks =
                        Http.getJson(stack, "/api/emergency/incidents/" + id).path("tasks").size();
                assertTrue(tasks > 0);
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        browser.findElements(
                                                                By.cssSelector(
                                                                        "#emergency-panel [data-task-status]"))
                                                        .size()
                                                == tasks);

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
                await().atMost(Duration.ofSeconds(15))
                        .until(
                                () ->
                                        !browser.findElements(
                                                        By.cssSelector(
                                                                "#emergency-panel [data-dispatch='T-PARK-FIRE']"))
                                                .isEmpty());
                String row =
                        browser.findElement(
                                        By.cssSelector(
                                                "#emergency-panel [data-dispatch='T-PARK-FIRE']"))
                                .getText();
                assertTrue(
                        row.contains("园区道路网最快路线"),
                        "the ETA names its basis, the demo park's road graph: " + row);
                Browser.screenshot(browser, "emergency-command-1920x1080");
            } finally {
                browser.quit();
            }
        }
    }
}
