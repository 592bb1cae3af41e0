package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's demo scenario end to end: the simulator's gas-leak scenario at E01's liquid chlorine
 * tank V101 (real OPC UA → bridge → MQTT → backend) → detector alarms on the WebSocket → one
 * confirmed-leak incident whose linkage package has cameras and the people in the way → an operator
 * acknowledges a detector alarm through the API.
 */
class LeakIncidentEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = Http.CLIENT;

    @Test
    void gasLeakAtTheChlorineStorageBecomesOneIncidentWithItsLinkagePackage(@TempDir Path dir)
            throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250);
                WsRecorder ws =
                        new WsRecorder(u -> {}, true).connect(stack.wsUrl(), stack.adminToken())) {
            // the bridge delivers E01's detectors before the leak starts
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    Http.getJson(stack, "/api/tags/E01.GD101.GAS")
                                            .path("q")
                                            .asText()
                                            .equals("good"));
            stack.simulator().setValue("PARK.WS1.WS", 3.0);
            stack.simulator().setValue("PARK.WS1.WD", 270.0);
            stack.simulator().scenarios().start("gas-leak", Map.of("tank", "E01-V101"));

            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    alarmMessages(ws).stream()
                                            .anyMatch(
                                                    m ->
                                                            m.path("alarm")
                                                                            .path("id")
                                                                            .asText()
                                                                            .startsWith("E01.GD1")
                                                                    && m.path("transition")
                                                                            .path("to")
                                                                            .asText()
                                                                            .equals(
                                                                                    "UNACK_ACTIVE")));
            await().atMost(Duration.ofSeconds(30)).until(() -> leaks(stack).size() >= 1);
            List<JsonNode> leaks = leaks(stack);
            assertEquals(1, leaks.size(), "one confirmed leak: " + leaks);
            JsonNode incident =
                    Http.getJson(stack, "/api/incidents/" + leaks.get(0).path("id").asText());
            assertTrue(incident.path("alarmIds").size() >= 2, incident.toString());
            JsonNode link = incident.path("linkage");
            assertTrue(link.path("cameras").size() >= 1, "cameras see the leak: " + link);
            assertTrue(
                    link.path("people").asInt() >= 320,
                    "people in the way: " + link.path("targets"));
            assertEquals("7782-50-5", link.path("chemicals").get(0).path("cas").asText());
            assertTrue(
                    ws.messages().stream()
                            .anyMatch(
                                    m ->
                                            m.path("type").asText().equals("incident")
                                                    && m.path("linkage").path("cameras").size()
                                                            >= 1),
                    "incident pushed with its linkage package");

            String alarmId = incident.path("alarmIds").get(0).asText();
            HttpResponse<String> r =
                    HTTP.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    stack.httpBase()
                                                            + "/api/alarms/"
                                                            + alarmId
                                                            + "/ack"))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + stack.adminToken())
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"user\":\"op1\",\"comment\":\"crew sent\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("ACK_ACTIVE", JSON.readTree(r.body()).path("state").asText());
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    alarmMessages(ws).stream()
                                            .anyMatch(
                                                    m ->
                                                            m.path("transition")
                                                                            .path("alarmId")
                                                                            .asText()
                                                                            .equals(alarmId)
                                                                    && m.path("transition")
                                                                            .path("user")
                                                                            .asText()
                                                                            .equals(
                                                                                    stack
                                                                                            .adminUser())));
        }
    }

    private static List<JsonNode> alarmMessages(WsRecorder ws) {
        return ws.messages().stream().filter(m -> m.path("type").asText().equals("alarm")).toList();
    }

    private static List<JsonNode> leaks(DemoStack stack) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode i : Http.getJson(stack, "/api/incidents")) {
            if (i.path("kind").asText().equals("LEAK") && i.path("state").asText().equals("OPEN"))
                out.add(i);
        }
        return out;
    }
}
