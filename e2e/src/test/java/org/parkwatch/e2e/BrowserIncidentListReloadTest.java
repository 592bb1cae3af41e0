package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An incident pushed while the page's incident list is on its way stays on the list (the alarm
 * list's race, BrowserAlarmListReloadTest, for incidents). The page re-reads GET /api/incidents
 * after a reconnect; here the test reconnects it and holds that answer until a new incident has
 * arrived through the socket. The older answer used to replace the list; the selected incident came
 * back with its own read, the new one stayed away until the next reconnect.
 */
class BrowserIncidentListReloadTest {
    private static final String ROWS =
            "return [...document.querySelectorAll('.incident-row')].map((r) => r.dataset.incidentId);";

    @Test
    void anIncidentPushedWhileTheListIsOnItsWayStaysOnTheList(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "E02"), Map.of(), 250)) {
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1600, 1000);
            try {
                EmergencyLeak.awaitGood(
                        stack, "E01.GD101.GAS", "E01.GD102.GAS", "E02.GD101.GAS", "E02.GD102.GAS");
                // an E02 ammonia incident before the page opens: the page selects it
                stack.simulator().setValue("E02.GD101.GAS", 50.0); // ppm; H 40
                stack.simulator().setValue("E02.GD102.GAS", 50.0);
                String first = awaitIncidentOf(stack, "E02");
                PageGate.install(b, "/api/incidents");
                Browser.openConsole(b, stack);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> first.equals(shown(b)) && rows(b).equals(List.of(first)));

                // reconnect with the list's answer held: the server answers without the new one
                PageGate.hold(b);
                PageGate.disconnect(b);
                PageGate.reconnect(b);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> PageGate.count(b, "answered") >= 1);

                // an E01 chlorine incident arrives through the socket and is on the list
                stack.simulator().setValue("E01.GD101.GAS", 0.5); // ppm; H 0.3, HH 0.6
                stack.simulator().setValue("E01.GD102.GAS", 0.5);
                String second = awaitIncidentOf(stack, "E01");
                await().atMost(Duration.ofSeconds(30)).until(() -> rows(b).contains(second));
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> incident(stack, second).path("alarmIds").size() >= 2);
                PageGate.release(b);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> PageGate.count(b, "delivered") >= 1);
                // the older answer does not take it away
                await().during(Duration.ofSeconds(5))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> rows(b).containsAll(List.of(first, second)));
            } finally {
                b.quit();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(ChromeDriver b) {
        return new ArrayList<>((List<String>) b.executeScript(ROWS));
    }

    private static String shown(ChromeDriver b) {
        Object id =
                b.executeScript(
                        "return document.getElementById('incident-panel')?.dataset.incidentId;");
        return id == null ? null : id.toString();
    }

    private static JsonNode incident(DemoStack stack, String id) throws Exception {
        return Http.getJson(stack, "/api/incidents/" + id);
    }

    /** The id of the open incident of {@code enterpriseId}, once there is one. */
    static String awaitIncidentOf(DemoStack stack, String enterpriseId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            for (JsonNode i : Http.getJson(stack, "/api/incidents")) {
                                if (!"OPEN".equals(i.path("state").asText())) continue;
                                for (JsonNode e : i.path("enterprises")) {
                                    if (e.asText().equals(enterpriseId)) {
                                        id[0] = i.path("id").asText();
                                        return true;
                                    }
                                }
                            }
                            return false;
                        });
        return id[0];
    }
}
