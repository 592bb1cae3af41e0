package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.model.uplink.Sample;

/**
 * Two chlorine detectors at E01's tank V101 over their H limit (0.3 ppm) for longer than the 2 s
 * on-delay → one confirmed-leak incident, pushed with its linkage package (cameras, chlorine and
 * its card, the village in the way), and served at /api/incidents and /api/alarms/:id/linkage
 * (spatial queries through the H2GIS store's index).
 */
class IncidentLinkageTest {
    @TempDir Path dataDir;

    @Test
    void leakAtTheChlorineStorageBecomesOneIncidentWithItsLinkagePackage() throws Exception {
        long t0 = System.currentTimeMillis() - 5000;
        Vertx clientVertx = Vertx.vertx();
        try (AlarmBackend b = AlarmBackend.start(dataDir, Map.of());
                UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            WebSocketClient ws = clientVertx.createWebSocketClient();
            List<JsonObject> pushed = new CopyOnWriteArrayList<>();
            ws.connect(TestAuth.adminSocket(b.backend))
                    .map(s -> s.textMessageHandler(t -> pushed.add(new JsonObject(t))))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS);
            p.publish(
                    1,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.45, t0, 0),
                            new Sample("E01.GD102.GAS", 0.40, t0, 0)));
            p.publish(
                    2,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.50, t0 + 2500, 0),
                            new Sample("E01.GD102.GAS", 0.42, t0 + 2500, 0)));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> b.getArray("/api/incidents").size() == 1);
            JsonObject inc = b.getArray("/api/incidents").getJsonObject(0);
            assertEquals("LEAK", inc.getString("kind"));
            assertEquals("OPEN", inc.getString("state"));
            assertEquals("critical", inc.getString("severity"));
            assertTrue(inc.getJsonArray("alarmIds").contains("E01.GD101.GAS.H"), inc.encode());
            assertTrue(inc.getJsonArray("alarmIds").contains("E01.GD102.GAS.H"), inc.encode());

            JsonObject detail = b.getObject("/api/incidents/" + inc.getString("id"));
            JsonObject link = detail.getJsonObject("linkage");
            assertTrue(
                    link.getJsonArray("cameras").stream()
                            .anyMatch(c -> ((JsonObject) c).getString("id").equals("E01-CAM1")),
                    link.getJsonArray("cameras").encode());
            assertEquals(320, link.getInteger("people"));
            assertEquals(
                    "V-XIAOLIZHUANG",
                    link.getJsonArray("targets").getJsonObject(0).getString("id"));
            JsonObject cl2 = link.getJsonArray("chemicals").getJsonObject(0);
            assertEquals("7782-50-5", cl2.getString("cas"));
            assertTrue(
                    cl2.getJsonObject("card").getJsonObject("zh").getJsonArray("spill").size() > 0);
            assertEquals(2, detail.getJsonArray("alarms").size());
            assertEquals(404, b.get("/api/incidents/INC-999").statusCode());

            await().atMost(Duration.ofSeconds(5))
                    .until(
                            () ->
                                    pushed.stream()
                                            .anyMatch(
                                                    m ->
                                                            "incident".equals(m.getString("type"))
                                                                    && m.getJsonObject("linkage")
                                                                            != null
                                                                    && m.getJsonObject("linkage")
                                                                                    .getInteger(
                                                                                            "people")
                                                                            == 320));

            JsonObject alarmLink = b.getObject("/api/alarms/E01.GD101.GAS.H/linkage");
            assertEquals("E01-GD101", alarmLink.getJsonObject("place").getString("featureId"));
            JsonArray chems = alarmLink.getJsonArray("chemicals");
            assertEquals("7782-50-5", chems.getJsonObject(0).getString("cas"));
            assertEquals(404, b.get("/api/alarms/E01.NOPE/linkage").statusCode());
        } finally {
            clientVertx.close();
        }
    }
}
