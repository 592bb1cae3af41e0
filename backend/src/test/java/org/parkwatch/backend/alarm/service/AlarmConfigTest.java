package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/**
 * Alarm configuration over real HTTP and MQTT with the embedded H2GIS store: the config files of
 * {@code alarm.definitionsFile} / {@code alarm.correlationFile} (bad ones stop the start naming
 * entry and field), {@code GET/PUT /api/alarms/definitions} applied live and journalled, and work
 * permits and incidents across a restart.
 */
class AlarmConfigTest {
    private static final String HH = "E01.TK201.TT.HH";
    private static final String H = "E01.TK201.TT.H";

    @TempDir Path dataDir;

    @Test
    void badConfigFilesStopTheStartWithEveryProblemNamed() throws Exception {
        Path defs =
                Files.writeString(
                        dataDir.resolve("alarms.json"),
                        """
                { "alarms": [
                  { "tag": "E01.TK201.TT", "type": "HH", "limit": 40 },
                  { "tag": "E01.TK201.TT", "type": "H", "colour": "red" } ] }""");
        Path corr =
                Files.writeString(
                        dataDir.resolve("correlation.json"),
                        "{ \"leak\": { \"minDetectors\": 1 } }");

        String msg = failedStart(Map.of("alarm.definitionsFile", defs.toString()));
        assertTrue(msg.contains("alarms[1].colour: unknown field"), msg);
        msg =
                failedStart(
                        Map.of(
                                "alarm.definitionsFile",
                                Files.writeString(
                                                dataDir.resolve("order.json"),
                                                "{\"alarms\":[{\"tag\":\"E01.TK201.TT\",\"type\":\"HH\",\"limit\":40}]}")
                                        .toString()));
        assertTrue(msg.contains("E01.TK201.TT: hh (40.0) must be >= h (45.0)"), msg);
        msg = failedStart(Map.of("alarm.correlationFile", corr.toString()));
        assertTrue(msg.contains("leak.minDetectors: must be >= 2 (got 1)"), msg);
        msg =
                failedStart(
                        Map.of(
                                "alarm.correlationFile",
                                dataDir.resolve("missing.json").toString()));
        assertTrue(msg.contains("alarm.correlationFile: cannot read"), msg);
    }

    @Test
    void goodConfigFilesAreAppliedAtStart() throws Exception {
        Path defs =
                Files.writeString(
                        dataDir.resolve("alarms.json"),
                        "{\"alarms\":[{\"tag\":\"E01.TK201.TT\",\"type\":\"HH\",\"limit\":48,\"priority\":\"critical\"}]}");
        try (AlarmBackend b =
                AlarmBackend.start(dataDir, Map.of("alarm.definitionsFile", defs.toString()))) {
            JsonArray tt = b.getArray("/api/alarms/definitions?tag=E01.TK201.TT");
            JsonObject hh = byId(tt, HH);
            assertEquals(48.0, hh.getDouble("limit"));
            assertEquals("critical", hh.getString("priority"));
            assertEquals(
                    45.0,
                    byId(tt, H).getDouble("limit"),
                    "untouched entries keep the tag list's limits");
            assertTrue(
                    tt.stream()
                            .allMatch(
                                    o ->
                                            "E01.TK201.TT"
                                                    .equals(((JsonObject) o).getString("tagId"))));
            assertTrue(b.getArray("/api/alarms/definitions").size() > tt.size());
        }
    }

    @Test
    void definitionChangedOverHttpIsValidatedAppliedLiveAndJournalled() throws Exception {
        long start = System.currentTimeMillis();
        try (AlarmBackend b = AlarmBackend.start(dataDir, Map.of());
                UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            String path = "/api/alarms/definitions/" + HH;
            HttpResponse<String> r = b.put(path, "{\"user\":\"eng1\",\"limit\":40}");
            assertEquals(400, r.statusCode());
            assertTrue(error(r).contains("E01.TK201.TT: hh (40.0) must be >= h (45.0)"), r.body());
            r = b.put(path, "{\"user\":\"eng1\",\"limit\":\"high\"}");
            assertEquals(400, r.statusCode());
            assertTrue(error(r).startsWith("limit: must be a number"), r.body());
            r = b.put(path, "{\"user\":\"eng1\",\"latched\":true}");
            assertEquals(400, r.statusCode());
            assertTrue(error(r).startsWith("latched: cannot be changed here"), r.body());
            // issue 19 D11: every number written through the API is range-checked
            r = b.put(path, "{\"onDelayMs\":-5}");
            assertEquals(400, r.statusCode());
            assertEquals("onDelayMs: must be between 0.0 and 3600000.0, not -5.0", error(r));
            r = b.put(path, "{\"deadband\":-1}");
            assertEquals(400, r.statusCode());
            assertTrue(error(r).startsWith("deadband: must be between 0.0 and "), r.body());
            r = b.put(path, "{\"limit\":1e9}");
            assertEquals(400, r.statusCode());
            assertTrue(error(r).startsWith("limit: must be between "), r.body());
            assertEquals(
                    404,
                    b.put("/api/alarms/definitions/E01.NOPE.HH", "{\"user\":\"eng1\",\"limit\":55}")
                            .statusCode());
            assertEquals(
                    50.0,
                    byId(b.getArray("/api/alarms/definitions?tag=E01.TK201.TT"), HH)
                            .getDouble("limit"),
                    "refused changes leave the definition alone");

            r = b.put(path, "{\"user\":\"eng1\",\"limit\":55,\"priority\":\"critical\"}");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(55.0, new JsonObject(r.body()).getDouble("limit"));
            assertEquals(
                    55.0,
                    byId(b.getArray("/api/alarms/definitions?tag=E01.TK201.TT"), HH)
                            .getDouble("limit"));

            long t0 =
                    System.currentTimeMillis()
                            + 1; // samples after the change, so the journal order is fixed
            // live: 52 °C is above H (45) but below the new HH (55)
            p.publish(1, List.of(new Sample("E01.TK201.TT", 52.0, t0, 0)));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.active(H) != null);
            assertNull(b.active(HH));
            p.publish(2, List.of(new Sample("E01.TK201.TT", 56.0, t0 + 1000, 0)));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.active(HH) != null);
            assertEquals("critical", b.active(HH).getString("priority"));

            JsonArray journal =
                    b.getArray(
                            "/api/alarms/journal?alarm="
                                    + HH
                                    + "&from="
                                    + (start - 60_000)
                                    + "&to="
                                    + (t0 + 60_000));
            assertEquals(2, journal.size(), journal.encode());
            JsonObject change = journal.getJsonObject(0);
            assertEquals(
                    TestAuth.username(Role.ADMIN, null),
                    change.getString("user"),
                    "the journal names the logged-in caller, not the body's user");
            assertEquals("NORMAL", change.getString("from"));
            assertEquals("NORMAL", change.getString("to"));
            assertEquals(
                    "configuration changed: priority high → critical, limit 50.0 → 55.0",
                    change.getString("comment"));
            assertEquals("UNACK_ACTIVE", journal.getJsonObject(1).getString("to"));
        }
    }

    @Test
    void permitsAndIncidentsSurviveARestart() throws Exception {
        long t0 = System.currentTimeMillis() - 5000;
        JsonObject before;
        try (AlarmBackend b = AlarmBackend.start(dataDir, Map.of());
                UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            HttpResponse<String> r =
                    b.post(
                            "/api/permits",
                            "{\"number\":\"E01-2026-0412\",\"scope\":[\"E01.SIS1\","
                                    + "\"E01.SIS2.BYP\"],\"validFrom\":"
                                    + t0
                                    + ",\"validTo\":"
                                    + (t0 + 3_600_000)
                                    + ",\"signatory\":\"safety\"}");
            assertEquals(201, r.statusCode(), r.body());
            // two detectors of the chlorine storage above H (0.3) → a confirmed leak
            p.publish(
                    1,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.45, t0, 0),
                            new Sample("E01.GD102.GAS", 0.40, t0, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> b.getArray("/api/incidents").size() == 1);
            before = b.getArray("/api/incidents").getJsonObject(0);
            assertEquals("LEAK", before.getString("kind"));
        }

        try (AlarmBackend b = AlarmBackend.start(dataDir, Map.of());
                UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            JsonArray permits = b.getArray("/api/permits");
            assertEquals(1, permits.size(), permits.encode());
            JsonObject permit = permits.getJsonObject(0);
            assertEquals("E01-2026-0412", permit.getString("number"));
            assertEquals(
                    List.of("E01.SIS1", "E01.SIS2.BYP"), permit.getJsonArray("scope").getList());
            assertEquals(t0, permit.getLong("validFromMs"));
            assertEquals(t0 + 3_600_000, permit.getLong("validToMs"));
            assertEquals(
                    TestAuth.username(Role.ADMIN, null),
                    permit.getString("enteredBy"),
                    "the login, not a name");
            assertEquals("safety", permit.getString("signatory"));
            assertEquals(
                    "APPROVED",
                    permit.getString("status"),
                    "entered by the park: approved by its entry");

            JsonArray incidents = b.getArray("/api/incidents");
            assertEquals(1, incidents.size(), incidents.encode());
            JsonObject inc = incidents.getJsonObject(0);
            for (String field :
                    List.of(
                            "id",
                            "kind",
                            "severity",
                            "state",
                            "openedMs",
                            "updatedMs",
                            "alarmIds",
                            "enterprises",
                            "lon",
                            "lat")) {
                assertEquals(before.getValue(field), inc.getValue(field), field);
            }
            assertEquals("OPEN", inc.getString("state"));
            assertNotNull(inc.getDouble("lon"));
            assertEquals(2, inc.getJsonArray("alarmIds").size(), inc.encode());

            // the restored incident is continued: the detectors clear, and the operator closes it
            // with a reason
            p.publish(
                    2,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.0, t0 + 3000, 0),
                            new Sample("E01.GD102.GAS", 0.0, t0 + 3000, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    b.getArray("/api/incidents")
                                                    .getJsonObject(0)
                                                    .getInteger("activeAlarms")
                                            == 0);
            assertEquals("OPEN", b.getArray("/api/incidents").getJsonObject(0).getString("state"));
            assertEquals(
                    200,
                    b.post(
                                    "/api/incidents/" + inc.getString("id") + "/close",
                                    "{\"reason\":\"detectors back to zero\"}")
                            .statusCode());
            assertEquals(
                    "CLOSED", b.getArray("/api/incidents").getJsonObject(0).getString("state"));
            assertEquals(1, b.getArray("/api/incidents").size());
        }
    }

    private String failedStart(Map<String, String> overrides) throws Exception {
        Map<String, String> cfg = new java.util.HashMap<>(Map.of("db.enabled", "false"));
        cfg.putAll(overrides);
        ParkWatchApp backend =
                new ParkWatchApp(
                        TestBackend.config(dataDir, cfg),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        try {
            ExecutionException e =
                    assertThrows(
                            ExecutionException.class,
                            () ->
                                    backend.start()
                                            .toCompletionStage()
                                            .toCompletableFuture()
                                            .get(60, TimeUnit.SECONDS));
            return String.valueOf(e.getCause().getMessage());
        } finally {
            backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static String error(HttpResponse<String> r) {
        return new JsonObject(r.body()).getString("error");
    }

    private static JsonObject byId(JsonArray arr, String id) {
        for (Object o : arr) if (id.equals(((JsonObject) o).getString("id"))) return (JsonObject) o;
        throw new AssertionError(id + " not in " + arr.encode());
    }
}
