package org.parkwatch.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alarm views in a real headless Chromium during the gas-leak scenario: detector alarms in the list, the incident
 * panel with its linkage package (cameras, people), the map flashing at the leak, acknowledging from the list, and the
 * KPI page with real figures.
 */
class BrowserAlarmTest {
    @Test
    void leakShowsInTheListTheIncidentPanelAndTheKpiPage(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            ChromeDriver browser = Browser.start(Files.createDirectories(dir.resolve("chrome")), 1600, 1000);
            try {
                browser.get(stack.httpBase() + "/");
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        "open".equals(browser.executeScript("return document.body.dataset.ws")));
                browser.executeScript("localStorage.setItem('parkwatch.alarms.user', 'op1');"
                        + "localStorage.setItem('parkwatch.alarms.muted', '1');");
                await().atMost(Duration.ofSeconds(30)).until(() -> Http.getJson(stack.httpBase()
                        + "/api/tags/E01.GD101.GAS").path("q").asText().equals("good"));
                stack.simulator().setValue("PARK.WS1.WS", 3.0);
                stack.simulator().setValue("PARK.WS1.WD", 270.0);
                stack.simulator().scenarios().start("gas-leak", Map.of("tank", "E01-V101"));

                await().atMost(Duration.ofSeconds(30)).until(() -> !detectorRows(browser).isEmpty());
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    Object id = browser.executeScript("return document.getElementById('incident-panel').dataset.incidentId");
                    return id != null && id.toString().startsWith("INC-");
                });
                WebElement panel = browser.findElement(By.id("incident-panel"));
                assertTrue(Integer.parseInt(panel.getAttribute("data-people")) >= 320, panel.getText());
                assertTrue(!panel.findElements(By.cssSelector("[data-camera-id]")).isEmpty(), panel.getText());
                assertTrue(panel.getText().contains("小李庄"), panel.getText());
                assertTrue(browser.executeScript("return document.body.dataset.alarmFlash") != null, "map flashed");
                Browser.screenshot(browser, "alarms-leak-incident");

                WebElement row = detectorRows(browser).stream()
                        .filter(r -> "UNACK_ACTIVE".equals(r.getAttribute("data-state"))).findFirst().orElseThrow();
                String alarmId = row.getAttribute("data-alarm-id");
                row.findElement(By.cssSelector("[data-action='ack']")).click();
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    List<WebElement> rows = browser.findElements(By.cssSelector(".alarm-row[data-alarm-id='" + alarmId + "']"));
                    return !rows.isEmpty() && !"UNACK_ACTIVE".equals(rows.get(0).getAttribute("data-state"));
                });

                browser.get(stack.httpBase() + "/#kpi");
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    Object n = browser.executeScript("return document.getElementById('kpi-panel')?.dataset.activations");
                    return n != null && Integer.parseInt(n.toString()) >= 2;
                });
                await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(
                        By.cssSelector("#kpi-panel .kpi-chart canvas")).isEmpty());
                Thread.sleep(300); // let the chart paint before the screenshot artefact (nothing is asserted on it)
                Browser.screenshot(browser, "alarms-kpi");
            } finally {
                browser.quit();
            }
        }
    }

    private static List<WebElement> detectorRows(ChromeDriver browser) {
        return browser.findElements(By.cssSelector(".alarm-row[data-alarm-id^='E01.GD1']"));
    }
}
