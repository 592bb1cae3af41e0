package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value forced in the simulator's OPC UA server travels through the bridge, MQTT and the backend
 * to a WebSocket client and the REST API — once through the backend's embedded MQTT endpoint and
 * once through the machine's Mosquitto (127.0.0.1:1883) with the backend subscribed as an
 * external-broker client.
 */
class LiveValueEndToEndTest {
    private static final String TAG = "E01.TK201.LT";

    @Test
    void simulatorValueReachesSocketAndApiThroughEmbeddedMqtt(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            assertValueTravels(stack, 6.125);
        }
    }

    @Test
    void simulatorValueReachesSocketAndApiThroughMosquitto(@TempDir Path dir) throws Exception {
        try (DemoStack stack =
                DemoStack.start(dir, Set.of("E01"), Map.of(), 250, "tcp://127.0.0.1:1883")) {
            assertValueTravels(stack, 5.375);
        }
    }

    private static void assertValueTravels(DemoStack stack, double value) throws Exception {
        ConcurrentLinkedQueue<WsRecorder.TagUpdate> seen = new ConcurrentLinkedQueue<>();
        try (WsRecorder ws =
                new WsRecorder(
                                u -> {
                                    if (u.id().equals(TAG)) seen.add(u);
                                },
                                true)
                        .connect(stack.wsUrl(), stack.adminToken())) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !ws.messages().isEmpty());
            assertEquals("snapshot", ws.messages().get(0).path("type").asText());
            // the bridge is subscribed once a first good value of the tag has come through
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    seen.stream()
                                            .anyMatch(
                                                    u ->
                                                            "good".equals(u.quality())
                                                                    && u.value() != null
                                                                    && u.value().isNumber()));

            stack.simulator().setValue(TAG, value);

            await().atMost(Duration.ofSeconds(15))
                    .until(
                            () ->
                                    seen.stream()
                                            .anyMatch(
                                                    u ->
                                                            "update".equals(u.type())
                                                                    && u.value() != null
                                                                    && u.value().asDouble()
                                                                            == value));
            JsonNode tag = Http.getJson(stack, "/api/tags/" + TAG);
            assertEquals(value, tag.path("v").asDouble(), 0.0);
            assertEquals("good", tag.path("q").asText());
            assertEquals("E01-TK201", tag.path("featureId").asText());
            JsonNode feeds = Http.getJson(stack, "/api/feeds");
            JsonNode e01 = null;
            for (JsonNode f : feeds) if (f.path("enterpriseId").asText().equals("E01")) e01 = f;
            assertTrue(
                    e01 != null && e01.path("bridges").size() == 1,
                    "E01 feed with its bridge: " + feeds);
            assertEquals("online", e01.path("bridges").get(0).path("state").asText());
        }
    }
}
