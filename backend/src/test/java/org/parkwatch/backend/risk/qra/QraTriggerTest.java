package org.parkwatch.backend.risk.qra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.SocketMessages;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.model.uplink.Sample;

/**
 * Triggers and inputs over HTTP and MQTT (no database: runs kept in memory): a tank level published
 * over the embedded MQTT endpoint that moves E01-V101's chlorine inventory by far more than 20 %
 * starts a new run with that inventory, which reaches a WebSocket client as a {@code risk-qra}
 * message; wind-rose PUTs are validated field by field and a good one is used by the next run.
 */
class QraTriggerTest {
    @TempDir static Path dataDir;
    private static QraBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend =
                QraBackend.start(
                        dataDir,
                        Map.of(
                                "risk.qra.debounceMs",
                                "200",
                                "risk.qra.checkMs",
                                "50",
                                "risk.qra.cellM",
                                "100"));
        await().atMost(Duration.ofSeconds(120)).until(() -> backend.latest() != null);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    @Test
    void materialInventoryChangeStartsARunThatIsPushed() throws Exception {
        List<JsonObject> pushed = connect();
        long before = backend.latest().getLong("id");
        double usedKg = inventoryKg(before, "E01-V101");
        assertTrue(usedKg > 50_000, "design inventory of V101: " + usedKg);
        try (UplinkPublisher bridge =
                UplinkPublisher.embedded(backend.ports.mqtt(), "E01", "qra-test")) {
            // 0.1 m in a 2.8 m × 12 m bullet ≈ 0.86 m³ ≈ 1.2 t of chlorine
            bridge.publish(1, List.of(Sample.of("E01.V101.LT", 0.1, System.currentTimeMillis())));
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> backend.latest().getLong("id") > before);
        }
        JsonObject latest = backend.latest();
        assertTrue(
                latest.getString("trigger").startsWith("inventory: "), latest.getString("trigger"));
        double nowKg = inventoryKg(latest.getLong("id"), "E01-V101");
        assertTrue(nowKg > 500 && nowKg < 2000, "V101 at 0.1 m: " + nowKg + " kg");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                pushed.stream()
                                        .anyMatch(
                                                m ->
                                                        "risk-qra".equals(m.getString("type"))
                                                                && m.getLong("id")
                                                                        == latest.getLong("id")));
    }

    @Test
    void badWindRosesAreRejectedNamingTheField() throws Exception {
        String sectors = "[" + "0.0625,".repeat(15) + "0.0625]";
        String classes = "[{\"stability\":\"D\",\"speedMPerS\":5,\"fraction\":1}]";
        assertBad("{\"sectors\":[0.5,0.5],\"classes\":" + classes + "}", "sectors");
        assertBad(
                "{\"sectors\":[" + "0.05,".repeat(15) + "0.05],\"classes\":" + classes + "}",
                "sectors");
        assertBad(
                "{\"sectors\":"
                        + sectors
                        + ",\"classes\":[{\"stability\":\"G\",\"speedMPerS\":5,\"fraction\":1}]}",
                "classes[0].stability");
        assertBad(
                "{\"sectors\":"
                        + sectors
                        + ",\"classes\":[{\"stability\":\"D\",\"speedMPerS\":0,\"fraction\":1}]}",
                "classes[0].speedMPerS");
        // issue 19 D11: 1e-300 m/s was accepted and took the next QRA's PLL from 0.0055 to 0.42
        assertBad(
                "{\"sectors\":"
                        + sectors
                        + ",\"classes\":[{\"stability\":\"D\",\"speedMPerS\":1e-300,"
                        + "\"fraction\":1}]}",
                "classes[0].speedMPerS: expected a wind speed of 1.0–32.7 m/s");
        assertBad(
                "{\"sectors\":"
                        + sectors
                        + ",\"classes\":[{\"stability\":\"D\",\"speedMPerS\":400,"
                        + "\"fraction\":1}]}",
                "classes[0].speedMPerS");
        assertBad(
                "{\"sectors\":"
                        + sectors
                        + ",\"classes\":[{\"stability\":\"D\",\"speedMPerS\":5,\"fraction\":0.5}]}",
                "classes[].fraction");
        assertBad("not json", "body");
    }

    @Test
    void aConfiguredWindRoseIsUsedByTheNextRun() throws Exception {
        String sectors = "[1" + ",0".repeat(15) + "]";
        HttpResponse<String> ok =
                backend.put(
                        "/api/risk/wind-rose",
                        "{\"sectors\":"
                                + sectors
                                + ",\"classes\":[{\"stability\":\"F\",\"speedMPerS\":1.5,\"fraction\":1}]}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(
                "configured",
                backend.getObject("/api/risk/wind-rose")
                        .getJsonObject("configured")
                        .getString("source"));
        await().atMost(Duration.ofSeconds(120))
                .until(
                        () -> {
                            HttpResponse<String> r = backend.post("/api/risk/qra/recompute");
                            return r.statusCode() == 202;
                        });
        long id = backend.getObject("/api/risk/qra").getJsonObject("status").getLong("runId");
        await().atMost(Duration.ofSeconds(120)).until(() -> backend.latest().getLong("id") == id);
        JsonObject rose =
                backend.getObject("/api/risk/qra/runs/" + id)
                        .getJsonObject("inputs")
                        .getJsonObject("windRose");
        assertEquals("configured", rose.getString("source"));
        assertEquals(1.0, rose.getJsonArray("sectors").getDouble(0));
        assertEquals(1, rose.getJsonArray("classes").size());
    }

    private static void assertBad(String body, String field) throws Exception {
        HttpResponse<String> r = backend.put("/api/risk/wind-rose", body);
        assertEquals(400, r.statusCode(), r.body());
        String error = new JsonObject(r.body()).getString("error");
        assertTrue(error.startsWith(field), "error names " + field + ": " + error);
    }

    private static double inventoryKg(long runId, String installation) throws Exception {
        JsonArray inst =
                backend.getObject("/api/risk/qra/runs/" + runId)
                        .getJsonObject("inputs")
                        .getJsonArray("installations");
        return inst.stream()
                .map(o -> (JsonObject) o)
                .filter(o -> o.getString("id").equals(installation))
                .findFirst()
                .orElseThrow()
                .getDouble("inventoryKg");
    }

    private static List<JsonObject> connect() throws Exception {
        return SocketMessages.open(backend.backend).messages(); // closed with the backend
    }
}
