package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;

/**
 * Alarms and an incident raised while the big screen's socket is down appear on the screen once it
 * has reconnected: the screen reads its alarm list and incidents again on the reconnect's snapshot
 * (it used to read them once, before the socket started, and missed everything raised during a
 * disconnect until the page was reloaded).
 */
class BrowserScreenReconnectTest {
    private static final String ALARMS =
            "return document.querySelector('[data-panel=\"alarms-by-priority\"]').dataset.count;";
    private static final String INCIDENTS =
            "return document.querySelector('[data-panel=\"incidents\"]').dataset.count;";

    @Test
    void alarmsRaisedWhileTheSocketWasDownAppearAfterTheReconnect(@TempDir Path dir)
            throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            EmergencyLeak.awaitGood(stack, "E01.GD101.GAS", "E01.GD102.GAS");
            String operator = stack.ensureUser(Role.OPERATOR, null);
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                PageGate.install(b, "/no-read-held");
                Browser.login(b, stack.httpBase() + "/screen", operator, stack.adminPassword());
                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () ->
                                        "ready"
                                                        .equals(
                                                                b.executeScript(
                                                                        "return document.body.dataset.screen"))
                                                && "open"
                                                        .equals(
                                                                b.executeScript(
                                                                        "return document.body.dataset.ws")));
                long alarms0 = number(b, ALARMS);
                long incidents0 = number(b, INCIDENTS);

                PageGate.disconnect(b);
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        !"open"
                                                .equals(
                                                        b.executeScript(
                                                                "return document.body.dataset.ws")));
                // two chlorine detectors above H while the screen is away: two alarms, one incident
                stack.simulator().setValue("E01.GD101.GAS", 0.5); // ppm; H 0.3, HH 0.6
                stack.simulator().setValue("E01.GD102.GAS", 0.5);
                String incident = BrowserIncidentListReloadTest.awaitIncidentOf(stack, "E01");
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        Http.getJson(stack, "/api/incidents/" + incident)
                                                        .path("alarmIds")
                                                        .size()
                                                >= 2);
                PageGate.reconnect(b);
                await().atMost(Duration.ofSeconds(40)) // the page's backoff is up to 19 s
                        .until(
                                () ->
                                        "open"
                                                .equals(
                                                        b.executeScript(
                                                                "return document.body.dataset.ws")));
                await().atMost(Duration.ofSeconds(20))
                        .until(
                                () ->
                                        number(b, ALARMS) >= alarms0 + 2
                                                && number(b, INCIDENTS) >= incidents0 + 1);
            } finally {
                b.quit();
            }
        }
    }

    private static long number(ChromeDriver b, String script) {
        Object n = b.executeScript(script);
        return n == null ? 0 : Long.parseLong(n.toString());
    }
}
