package org.parkwatch.backend.hazard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.SocketMessages;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.model.uplink.Sample;

/**
 * Live regrading end to end: level samples published over the embedded MQTT endpoint regrade E01's
 * chlorine storage, and each crossing of S = 1 reaches a WebSocket client as a {@code hazard-grade}
 * message.
 */
class HazardLiveGradingTest {
    @TempDir static Path dataDir;
    private static HazardBackend backend;
    private static SocketMessages socket;

    @BeforeAll
    static void start() throws Exception {
        backend = HazardBackend.start(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
        if (socket != null) socket.close();
    }

    /**
     * Opens /ws with the JDK client. (The Vert.x 5 WebSocket client fails the handshake against the
     * demo park's 36 KB snapshot — "Connection closed while handshake in process" — while the JDK
     * client and browsers read it.)
     */
    private List<JsonObject> connect() throws Exception {
        socket = SocketMessages.open(backend.backend);
        return socket.messages();
    }

    private static JsonObject gradeEvent(List<JsonObject> messages, String change) {
        return messages.stream()
                .filter(m -> "hazard-grade".equals(m.getString("type")))
                .filter(m -> change.equals(m.getString("change")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void levelsFallingThenRisingPastTheCriticalQuantityArePushed() throws Exception {
        List<JsonObject> ws = connect();
        long now = System.currentTimeMillis();
        try (UplinkPublisher bridge =
                UplinkPublisher.embedded(backend.ports.mqtt(), "E01", "hazard-test")) {
            // 0.1 m in each 2.8 m × 12 m bullet ≈ 0.86 m³ ≈ 1.2 t chlorine; 3 × 1.2 t < Q = 5 t → S
            // < 1
            bridge.publish(
                    1,
                    List.of(
                            Sample.of("E01.V101.LT", 0.1, now),
                            Sample.of("E01.V102.LT", 0.1, now),
                            Sample.of("E01.V103.LT", 0.1, now)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> gradeEvent(ws, "CEASED_MAJOR_HAZARD") != null);
            JsonObject ceased = gradeEvent(ws, "CEASED_MAJOR_HAZARD");
            assertEquals("E01-TF1", ceased.getString("unitId"));
            double lowS = ceased.getJsonObject("after").getDouble("s");
            assertTrue(lowS > 0.5 && lowS < 1.0, "S at 0.1 m: " + lowS);

            // half full V101: ≈ 37 m³ ≈ 52 t → S ≈ 11 → major hazard again, R = 2 × 4 × S ≈ 90 →
            // level 2
            bridge.publish(2, List.of(Sample.of("E01.V101.LT", 1.4, now + 1000)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> gradeEvent(ws, "BECAME_MAJOR_HAZARD") != null);
        }
        JsonObject became = gradeEvent(ws, "BECAME_MAJOR_HAZARD");
        assertEquals("E01-TF1", became.getString("unitId"));
        JsonObject after = became.getJsonObject("after");
        assertTrue(after.getDouble("s") > 10 && after.getDouble("s") < 12, after.encode());
        assertEquals(2, after.getInteger("level"));
        assertEquals(2.0 * 4 * after.getDouble("s"), after.getDouble("r"), 1e-6);

        JsonObject detail = backend.getObject("/api/hazards/E01-TF1");
        assertEquals(after.getDouble("s"), detail.getJsonObject("live").getDouble("s"), 1e-9);
        assertEquals(3, detail.getJsonObject("live").getInteger("measuredTanks"));
        assertEquals(1.4, detail.getJsonObject("levelsM").getDouble("E01-V101"), 1e-9);
        assertEquals(1, detail.getJsonObject("static").getInteger("level"));
        JsonObject coverage = detail.getJsonObject("coverage");
        assertTrue(coverage.getJsonObject("signals").getJsonObject("level").getBoolean("live"));
        assertNotNull(coverage.getDouble("percent"));
        assertTrue(coverage.getDouble("percent") > 0);
    }
}
