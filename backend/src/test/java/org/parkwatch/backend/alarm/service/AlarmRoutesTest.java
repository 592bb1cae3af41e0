package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.uplink.Sample;

/**
 * The alarm API over real HTTP and MQTT on the demo park with the embedded H2GIS store: active list
 * with filters, acknowledge/shelve with 400/404/409, journal, KPIs, permits and bypasses, push
 * messages, and a restart that keeps the active alarms and the journal.
 */
class AlarmRoutesTest {
    private static final String HH = "E01.TK201.TT.HH";
    private static final String H = "E01.TK201.TT.H";

    @TempDir Path dataDir;

    @Test
    void alarmLifecycleOverHttpSurvivesARestart() throws Exception {
        long t0 = System.currentTimeMillis();
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
                            new Sample(
                                    "E01.TK201.TT", 52.0, t0, 0))); // HH 50, H 45 (demo tag list)
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> b.active(HH) != null && b.active(H) != null);
            JsonObject hh = b.active(HH);
            assertEquals("UNACK_ACTIVE", hh.getString("state"));
            assertEquals("high", hh.getString("priority"));
            assertEquals("E01", hh.getString("enterpriseId"));
            assertEquals(52.0, hh.getDouble("value"));
            assertEquals(
                    "°C".equals(hh.getString("unit")) || "degC".equals(hh.getString("unit")), true);
            assertNotNull(hh.getDouble("lon"), "positioned at the tank for the map");
            assertEquals("low", b.active(H).getString("priority"));

            // filters and sort
            JsonArray high = b.getArray("/api/alarms?enterprise=E01&priority=high");
            assertTrue(high.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals(HH)));
            assertTrue(high.stream().noneMatch(o -> ((JsonObject) o).getString("id").equals(H)));
            assertEquals(
                    0,
                    b.getArray("/api/alarms?enterprise=E02").stream()
                            .filter(o -> ((JsonObject) o).getString("id").startsWith("E01."))
                            .count());
            assertEquals(400, b.get("/api/alarms?sort=colour").statusCode());
            assertTrue(
                    new JsonObject(b.get("/api/alarms?priority=urgent").body())
                            .getString("error")
                            .startsWith("priority: "));

            // pushed as {"type":"alarm"}
            await().atMost(Duration.ofSeconds(5))
                    .until(
                            () ->
                                    pushed.stream()
                                            .anyMatch(
                                                    m ->
                                                            "alarm".equals(m.getString("type"))
                                                                    && m.getJsonObject("alarm")
                                                                            != null
                                                                    && HH.equals(
                                                                            m.getJsonObject("alarm")
                                                                                    .getString(
                                                                                            "id"))));

            // acknowledge: bad input 400, unknown 404, ok 200, again 409 with the reason
            HttpResponse<String> r;
            assertEquals(400, b.post("/api/alarms/" + HH + "/ack", "not json").statusCode());
            assertEquals(
                    404, b.post("/api/alarms/E01.NOPE.HH/ack", "{\"user\":\"op1\"}").statusCode());
            r = b.post("/api/alarms/" + HH + "/ack", "{\"user\":\"op1\",\"comment\":\"seen\"}");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("ACK_ACTIVE", new JsonObject(r.body()).getString("state"));
            r = b.post("/api/alarms/" + HH + "/ack", "{\"user\":\"op1\"}");
            assertEquals(409, r.statusCode());
            assertTrue(
                    new JsonObject(r.body())
                            .getString("error")
                            .startsWith("cannot acknowledge " + HH),
                    r.body());

            // shelve: minutes checked, then shelved with reason; unshelve brings it back
            r =
                    b.post(
                            "/api/alarms/" + H + "/shelve",
                            "{\"user\":\"op1\",\"reason\":\"sensor check\",\"minutes\":0}");
            assertEquals(400, r.statusCode());
            assertTrue(new JsonObject(r.body()).getString("error").startsWith("minutes: "));
            r = b.post("/api/alarms/" + H + "/shelve", "{\"user\":\"op1\",\"minutes\":5}");
            assertEquals("reason: missing", new JsonObject(r.body()).getString("error"));
            r =
                    b.post(
                            "/api/alarms/" + H + "/shelve",
                            "{\"user\":\"op1\",\"reason\":\"sensor check\",\"minutes\":5}");
            assertEquals(200, r.statusCode(), r.body());
            JsonObject shelved = new JsonObject(r.body());
            assertEquals("SHELVED", shelved.getString("state"));
            assertEquals("sensor check", shelved.getString("shelveReason"));
            long until = shelved.getLong("shelvedUntilMs");
            assertTrue(
                    until >= t0 + 5 * 60_000 && until <= System.currentTimeMillis() + 5 * 60_000);
            assertEquals(
                    409,
                    b.post("/api/alarms/" + HH + "/unshelve", "{\"user\":\"op1\"}").statusCode());

            // journal and KPIs
            JsonArray journal = b.getArray("/api/alarms/journal?alarm=" + HH);
            assertEquals(2, journal.size(), journal.encode());
            assertEquals("NORMAL", journal.getJsonObject(0).getString("from"));
            assertEquals("UNACK_ACTIVE", journal.getJsonObject(0).getString("to"));
            assertEquals(t0, journal.getJsonObject(0).getLong("timeMs"), "sample time");
            assertEquals(
                    TestAuth.username(Role.ADMIN, null),
                    journal.getJsonObject(1).getString("user"),
                    "the journal names the logged-in caller; the body's \"user\":\"op1\" is ignored");
            assertEquals("seen", journal.getJsonObject(1).getString("comment"));
            assertEquals(400, b.get("/api/alarms/journal?limit=0").statusCode());
            assertTrue(
                    new JsonObject(b.get("/api/alarms/journal?from=abc").body())
                            .getString("error")
                            .contains("'from'"));
            JsonObject kpi = b.getObject("/api/alarms/kpi?enterprise=E01&from=" + (t0 - 60_000));
            JsonObject park = kpi.getJsonObject("park");
            // the two activations of the tag above, and the demo's overdue hidden dangers of E01
            // (dual prevention), which annunciate on their own from the start
            long overdue =
                    b.getArray("/api/alarms/journal?alarm=E01.HD_OVERDUE").stream()
                            .map(o -> (JsonObject) o)
                            .filter(e -> "UNACK_ACTIVE".equals(e.getString("to")))
                            .filter(e -> e.getLong("timeMs") >= t0 - 60_000)
                            .count();
            assertEquals(2 + overdue, park.getInteger("activations").longValue());
            assertEquals(1, park.getJsonObject("priorityCounts").getInteger("high"));
            assertEquals(1, park.getJsonObject("priorityCounts").getInteger("low"));
            assertEquals(
                    2 + overdue,
                    kpi.getJsonObject("enterprises")
                            .getJsonObject("E01")
                            .getInteger("activations")
                            .longValue());
            assertEquals(404, b.get("/api/alarms/kpi?enterprise=E99").statusCode());

            // permits: every bad field named; a good one registered
            r =
                    b.post(
                            "/api/permits",
                            "{\"number\":\"E01-2026-0412\",\"scope\":[\"E01.TK201\"],\"validFrom\":"
                                    + t0
                                    + ",\"validTo\":\"tomorrow\",\"signatory\":\"safety\"}");
            assertEquals(400, r.statusCode());
            assertTrue(
                    new JsonObject(r.body()).getString("error").startsWith("validTo: "), r.body());
            r =
                    b.post(
                            "/api/permits",
                            "{\"number\":\"E01-2026-0412\",\"scope\":[\"E01.TK201\"],\"validFrom\":"
                                    + t0
                                    + ",\"validTo\":"
                                    + (t0 + 3_600_000)
                                    + ",\"signatory\":\"safety\"}");
            assertEquals(400, r.statusCode());
            assertTrue(
                    new JsonObject(r.body()).getString("error").contains("scope[0]: 'E01.TK201'"),
                    r.body());
            String validTo = Instant.ofEpochMilli(t0 + 3_600_000).toString();
            r =
                    b.post(
                            "/api/permits",
                            "{\"number\":\"E01-2026-0412\",\"scope\":[\"E01.SIS1\"],\"validFrom\":"
                                    + t0
                                    + ",\"validTo\":\""
                                    + validTo
                                    + "\",\"signatory\":\"safety\"}");
            assertEquals(201, r.statusCode(), r.body());
            assertEquals(
                    t0 + 3_600_000,
                    b.getArray("/api/permits").getJsonObject(0).getLong("validToMs"));

            // a bypass without a permit (SIS2) is flagged and raises its alarm; SIS1 is covered
            p.publish(
                    2,
                    List.of(
                            new Sample("E01.SIS2.BYP", true, t0 + 1000, 0),
                            new Sample("E01.SIS1.BYP", true, t0 + 1000, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> b.active("E01.SIS2.BYP.NOPERMIT") != null);
            JsonArray bypasses = b.getArray("/api/bypasses");
            assertEquals(2, bypasses.size(), bypasses.encode());
            for (Object o : bypasses) {
                JsonObject x = (JsonObject) o;
                if (x.getString("bypassTagId").equals("E01.SIS1.BYP")) {
                    assertEquals("COVERED", x.getString("verdict"));
                    assertEquals("E01-2026-0412", x.getString("permitNumber"));
                } else {
                    assertEquals("NO_PERMIT", x.getString("verdict"));
                    assertEquals("high", x.getString("priority"));
                }
            }
            assertNull(b.active("E01.SIS1.BYP.NOPERMIT"));
        } finally {
            clientVertx.close();
        }

        try (AlarmBackend b = AlarmBackend.start(dataDir, Map.of())) {
            JsonObject hh = b.active(HH);
            assertNotNull(hh, "active alarms survive a restart");
            assertEquals("ACK_ACTIVE", hh.getString("state"));
            assertEquals(t0, hh.getLong("activatedMs"));
            assertEquals("SHELVED", b.active(H).getString("state"));
            assertEquals("sensor check", b.active(H).getString("shelveReason"));
            JsonArray journal = b.getArray("/api/alarms/journal?alarm=" + HH);
            assertEquals(2, journal.size());
            // the restored condition clears on the next sample: journal continues
            try (UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
                p.publish(
                        3,
                        List.of(
                                new Sample("E01.TK201.TT", 20.0, t0 + 2000, 0),
                                new Sample("E01.TK201.TT", 20.0, t0 + 9000, 0)));
                await().atMost(Duration.ofSeconds(10)).until(() -> b.active(HH) == null);
            }
        }
    }
}
