package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.publicdisplay.SafetyStatus;

/**
 * A drill (演练) flagged end to end: {@code scenario gas-leak tank=E01-V101 drill=true} through the
 * simulator's control API raises the park's drill-state tag; it crosses OPC UA, the bridge and MQTT
 * and switches the backend's drill mode: every screen shows the drill banner, the leak's incident
 * is commanded as a drill, its alarms are not in the alarm KPIs and the public display shows no
 * incident and a normal status. Stopping the scenario ends the drill.
 */
class DrillEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void drillScenarioIsFlaggedFromTheSimulatorToTheScreens(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "PARK"), Map.of(), 250)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1366, 768);
            try {
                EmergencyLeak.steadyWind(stack);
                Browser.openConsole(browser, stack);
                EmergencyLeak.awaitGood(stack, "PARK.SYS.DRILL", "E01.GD101.GAS");
                String scenario = startScenario(stack);

                // the banner on the screen, from the tag through the uplink
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> browser.findElement(By.id("drill-banner")).isDisplayed());
                assertTrue(
                        browser.findElement(By.id("drill-banner")).getText().contains("演练"),
                        browser.findElement(By.id("drill-banner")).getText());
                assertEquals("true", browser.executeScript("return document.body.dataset.drill"));

                // the leak's incident is commanded as a drill
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> Http.getJson(stack, "/api/emergency/incidents").size() >= 1);
                JsonNode rec = Http.getJson(stack, "/api/emergency/incidents").get(0);
                assertTrue(rec.path("drill").asBoolean(), rec.toString());
                long opened =
                        Http.getJson(stack, "/api/incidents/" + rec.path("incidentId").asText())
                                .path("openedMs")
                                .asLong();

                // the public display never shows it: a snapshot taken after the incident opened
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        JSON.readTree(stack.publicDisplay().statusJson())
                                                        .path("asOfMs")
                                                        .asLong()
                                                > opened + 2000);
                JsonNode status = JSON.readTree(stack.publicDisplay().statusJson());
                // an open incident would make it 警戒 (alert); the drill's does not count. (The
                // demo's overdue major hidden danger, a high alarm, may leave it at 关注 / watch.)
                assertNotEquals(
                        SafetyStatus.ALERT.id(), status.path("status").asText(), status.toString());
                assertTrue(status.path("daysSinceIncident").isNull(), status.toString());

                // the journal holds the drill's detector alarms; the KPIs do not count them
                // (other alarms, e.g. the feeds of enterprises without a bridge here, still count)
                JsonNode journal = Http.getJson(stack, "/api/alarms/journal");
                boolean detectors = false;
                for (JsonNode e : journal)
                    detectors |= e.path("alarmId").asText().startsWith("E01.GD");
                assertTrue(detectors, "the detectors alarmed: " + journal);
                JsonNode kpi = Http.getJson(stack, "/api/alarms/kpi").path("park");
                for (JsonNode t : kpi.path("top10"))
                    assertFalse(
                            t.path("alarmId").asText().startsWith("E01.GD"),
                            "a drill alarm in the KPIs: " + kpi);
                Browser.screenshot(browser, "drill-banner-1366x768");

                // the scenario stops: the drill ends on every screen
                HttpResponse<String> stopped =
                        Http.CLIENT.send(
                                HttpRequest.newBuilder(URI.create(control(stack) + "/" + scenario))
                                        .DELETE()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(2, stopped.statusCode() / 100, stopped.body());
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> !browser.findElement(By.id("drill-banner")).isDisplayed());
                assertEquals(
                        false, Http.getJson(stack, "/api/emergency/drill").path("on").asBoolean());
            } finally {
                browser.quit();
            }
        }
    }

    /** {@code ./parkwatch scenario gas-leak tank=E01-V101 drill=true}; returns the scenario id. */
    private static String startScenario(DemoStack stack) throws Exception {
        HttpResponse<String> r =
                Http.CLIENT.send(
                        HttpRequest.newBuilder(URI.create(control(stack) + "/gas-leak"))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"tank\":\"E01-V101\",\"drill\":\"true\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(2, r.statusCode() / 100, r.body());
        JsonNode started = JSON.readTree(r.body());
        assertTrue(started.path("drill").asBoolean(), r.body());
        return started.path("id").asText();
    }

    private static String control(DemoStack stack) {
        return "http://127.0.0.1:" + stack.simulator().controlPort() + "/scenarios";
    }
}
