package org.parkwatch.backend.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Gate devices through the whole backend on the demo park: provisioned by an administrator (the
 * secret shown once), reporting over HTTP and over the embedded MQTT endpoint with their own
 * credentials and for their own gate only, the counts per site following entries and exits, a
 * refused hazmat truck not counted, bad reports answered 400 with the field.
 */
class GateDevicesTest {

    @Test
    void devicesReportForTheirOwnGateAndTheCountsFollow(@TempDir Path dir) throws Exception {
        try (TestBackend b =
                TestBackend.startAll(TestBackend.config(dir, Map.of()), ParkCatalog.loadDemo())) {
            String west = provision(b, "G-WEST", "PARK");
            String e01 = provision(b, "G-E01", "E01");
            provision(b, "G-E02", "E02");
            assertEquals(409, provisionResponse(b, "G-E01", "E01").statusCode());
            HttpResponse<String> badSite = provisionResponse(b, "G-X", "E99");
            assertEquals(400, badSite.statusCode());
            assertTrue(badSite.body().contains("siteId 'E99'"), badSite.body());

            // HTTP: three in, one out, a double read
            for (String card : new String[] {"C1", "C2", "C3", "C1"}) {
                report(b, "G-E01", "G-E01", e01, person(card, "in"));
            }
            JsonObject out = report(b, "G-E01", "G-E01", e01, person("C2", "out"));
            assertTrue(out.getBoolean("counted"));
            assertEquals(2, out.getInteger("people"));
            JsonObject again = report(b, "G-E01", "G-E01", e01, person("C2", "out"));
            assertFalse(again.getBoolean("counted"), "C2 is not inside any more");
            report(b, "G-E01", "G-E01", e01, vehicle("豫A20001", false));

            // a device reports for its own gate only; wrong secret, a user's token: 401
            assertEquals(
                    403, send(b, "G-E02", basic("G-E01", e01), person("C7", "in")).statusCode());
            assertEquals(
                    401,
                    send(b, "G-E01", basic("G-E01", "wrong"), person("C7", "in")).statusCode());
            assertEquals(
                    401,
                    send(b, "G-E01", "Bearer " + b.adminToken(), person("C7", "in")).statusCode());
            HttpResponse<String> badKind =
                    send(b, "G-E01", basic("G-E01", e01), person("C8", "in").put("kind", "bike"));
            assertEquals(400, badKind.statusCode());
            assertTrue(badKind.body().contains("kind 'bike'"), badKind.body());
            HttpResponse<String> noCard =
                    send(
                            b,
                            "G-E01",
                            basic("G-E01", e01),
                            new JsonObject().put("kind", "person").put("direction", "in"));
            assertEquals(400, noCard.statusCode());
            assertTrue(noCard.body().contains("cardId or faceId"), noCard.body());

            // a hazmat truck with no documents is refused at the park gate and not counted
            JsonObject truck = report(b, "G-WEST", "G-WEST", west, vehicle("豫A99999", true));
            assertFalse(truck.getBoolean("counted"));
            assertFalse(truck.getJsonObject("decision").getBoolean("allowed"));

            // MQTT: its own topic counts; another gate's topic is dropped; a wrong secret is
            // refused
            int port = b.ports.mqtt();
            MqttClient c = connect(port, "gate:G-WEST", west);
            try {
                c.publish(
                        "parkwatch/v1/gates/G-E01/events",
                        person("M1", "in").encode().getBytes(StandardCharsets.UTF_8),
                        1,
                        false);
                c.publish(
                        "parkwatch/v1/gates/G-WEST/events",
                        person("M1", "in").encode().getBytes(StandardCharsets.UTF_8),
                        1,
                        false); // acknowledged once stored
            } finally {
                c.disconnect();
                c.close();
            }
            MqttException refused =
                    assertThrows(MqttException.class, () -> connect(port, "gate:G-WEST", "wrong"));
            assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, refused.getReasonCode());

            JsonObject presence = b.getObject("/api/logistics/presence");
            assertEquals(1, presence.getJsonObject("park").getInteger("people"));
            assertEquals(0, presence.getJsonObject("park").getInteger("vehicles"));
            JsonObject inE01 = presence.getJsonObject("enterprises").getJsonObject("E01");
            assertEquals(2, inE01.getInteger("people"), "the MQTT report for G-E01 was dropped");
            assertEquals(1, inE01.getInteger("vehicles"));

            String e02 = TestAuth.token(b.backend, Role.ENTERPRISE, "E02");
            HttpResponse<String> scoped =
                    TestHttp.CLIENT.send(
                            HttpRequest.newBuilder(b.uri("/api/logistics/presence"))
                                    .header("Authorization", "Bearer " + e02)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scoped.statusCode());
            assertFalse(scoped.body().contains("E01"), scoped.body());
        }
    }

    @Test
    void aHazmatTruckLeavingIsCheckedForItsEntryAndItsLoadingCheck(@TempDir Path dir)
            throws Exception {
        try (TestBackend b =
                TestBackend.startAll(TestBackend.config(dir, Map.of()), ParkCatalog.loadDemo())) {
            String west = provision(b, "G-WEST", "PARK");
            String plate = "豫E31031";
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            String later = java.time.LocalDate.parse(today).plusYears(1).toString();
            post(
                    b,
                    "/api/logistics/vehicle-docs",
                    new JsonObject()
                            .put("plate", plate)
                            .put("carrier", "豫北危货")
                            .put("tankType", "罐式")
                            .put("capacityT", 30)
                            .put("permitValidUntil", later),
                    200);
            post(
                    b,
                    "/api/logistics/drivers",
                    new JsonObject()
                            .put("id", "D1")
                            .put("name", "王师傅")
                            .put("qualificationValidUntil", later),
                    200);
            long now = System.currentTimeMillis();
            post(
                    b,
                    "/api/logistics/waybills",
                    new JsonObject()
                            .put("id", "WB-EXIT-1")
                            .put("plate", plate)
                            .put("driverId", "D1")
                            .put("cas", "7782-50-5")
                            .put("unNumber", "UN1017")
                            .put("chemicalZh", "液氯")
                            .put("quantityT", 18)
                            .put("enterpriseId", "E01")
                            .put("direction", "LOAD")
                            .put("slotFromMs", now - 3_600_000)
                            .put("slotToMs", now + 7_200_000),
                    201);

            // leaving without a recorded entry: held, the reason named
            JsonObject noEntry =
                    report(
                            b,
                            "G-WEST",
                            "G-WEST",
                            west,
                            vehicle(plate, true).put("direction", "out"));
            assertFalse(noEntry.getBoolean("counted"));
            JsonObject d0 = noEntry.getJsonObject("decision");
            assertFalse(d0.getBoolean("allowed"));
            assertEquals("exit", d0.getString("direction"));
            assertEquals(
                    "NO_ENTRY_RECORD",
                    d0.getJsonArray("findings").getJsonObject(0).getString("code"));

            JsonObject in = report(b, "G-WEST", "G-WEST", west, vehicle(plate, true));
            assertTrue(in.getJsonObject("decision").getBoolean("allowed"), in.encode());
            assertTrue(in.getBoolean("counted"));

            // it loaded at E01 without the five checks: held at the barrier, still inside
            JsonObject unchecked =
                    report(
                            b,
                            "G-WEST",
                            "G-WEST",
                            west,
                            vehicle(plate, true).put("direction", "out"));
            assertFalse(unchecked.getBoolean("counted"));
            JsonObject f =
                    unchecked.getJsonObject("decision").getJsonArray("findings").getJsonObject(0);
            assertEquals("LOADING_UNCHECKED", f.getString("code"));
            assertTrue(f.getString("textZh").contains("车、人、证、罐、单"), f.encode());
            assertEquals(
                    1,
                    b.getObject("/api/logistics/presence")
                            .getJsonObject("park")
                            .getInteger("vehicles"));

            // E01 records the five checks (the tank failed): still held, naming the tank
            JsonObject checks =
                    new JsonObject()
                            .put("vehicle", true)
                            .put("driver", true)
                            .put("documents", true)
                            .put("tank", false)
                            .put("waybill", true);
            post(
                    b,
                    "/api/logistics/loading-checks",
                    new JsonObject()
                            .put("enterpriseId", "E01")
                            .put("plate", plate)
                            .put("waybillId", "WB-EXIT-1")
                            .put("checks", checks),
                    201);
            JsonObject tank =
                    report(
                            b,
                            "G-WEST",
                            "G-WEST",
                            west,
                            vehicle(plate, true).put("direction", "out"));
            assertEquals(
                    "tank",
                    tank.getJsonObject("decision")
                            .getJsonArray("findings")
                            .getJsonObject(0)
                            .getJsonObject("facts")
                            .getString("missingEn"));

            // all five passed: it leaves, and the count follows
            post(
                    b,
                    "/api/logistics/loading-checks",
                    new JsonObject()
                            .put("enterpriseId", "E01")
                            .put("plate", plate)
                            .put("checks", checks.put("tank", true)),
                    201);
            JsonObject out =
                    report(
                            b,
                            "G-WEST",
                            "G-WEST",
                            west,
                            vehicle(plate, true).put("direction", "out"));
            assertTrue(out.getJsonObject("decision").getBoolean("allowed"), out.encode());
            assertTrue(out.getBoolean("counted"));
            assertEquals(
                    0,
                    b.getObject("/api/logistics/presence")
                            .getJsonObject("park")
                            .getInteger("vehicles"));

            // the control room's decision log has the refusals, marked as exits
            io.vertx.core.json.JsonArray log =
                    b.getObject("/api/logistics/gate/decisions").getJsonArray("decisions");
            long heldExits =
                    log.stream()
                            .map(JsonObject.class::cast)
                            .filter(
                                    r ->
                                            "exit".equals(r.getString("direction"))
                                                    && !r.getBoolean("allowed"))
                            .count();
            assertEquals(3, heldExits, log.encode());
        }
    }

    private static void post(TestBackend b, String path, JsonObject body, int status)
            throws Exception {
        HttpResponse<String> r = b.post(path, "application/json", body.encode());
        assertEquals(status, r.statusCode(), path + ": " + r.body());
    }

    private static MqttClient connect(int port, String user, String password) throws MqttException {
        MqttClient c =
                new MqttClient(
                        "tcp://127.0.0.1:" + port,
                        "gate-" + System.nanoTime(),
                        new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(10);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setUserName(user);
        o.setPassword(password.toCharArray());
        c.connect(o);
        return c;
    }

    static JsonObject person(String card, String direction) {
        return new JsonObject()
                .put("kind", "person")
                .put("direction", direction)
                .put("cardId", card);
    }

    static JsonObject vehicle(String plate, boolean hazmat) {
        return new JsonObject()
                .put("kind", "vehicle")
                .put("direction", "in")
                .put("plate", plate)
                .put("hazmat", hazmat)
                .put("driverId", "D1");
    }

    static String provision(TestBackend b, String id, String site) throws Exception {
        HttpResponse<String> r = provisionResponse(b, id, site);
        assertEquals(201, r.statusCode(), r.body());
        String secret = new JsonObject(r.body()).getString("secret");
        assertTrue(secret.length() >= 24, "a random secret is issued");
        assertFalse(
                b.get("/api/logistics/gate-devices").body().contains(secret),
                "the secret is shown once, never listed");
        return secret;
    }

    static HttpResponse<String> provisionResponse(TestBackend b, String id, String site)
            throws Exception {
        return b.post(
                "/api/logistics/gate-devices",
                "application/json",
                new JsonObject()
                        .put("id", id)
                        .put("nameZh", "门岗 " + id)
                        .put("nameEn", "Gate " + id)
                        .put("siteId", site)
                        .encode());
    }

    static JsonObject report(
            TestBackend b, String gate, String device, String secret, JsonObject body)
            throws Exception {
        HttpResponse<String> r = send(b, gate, basic(device, secret), body);
        assertEquals(200, r.statusCode(), r.body());
        return new JsonObject(r.body());
    }

    static String basic(String device, String secret) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((device + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(TestBackend b, String gate, String auth, JsonObject body)
            throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(b.uri("/api/gate-devices/" + gate + "/events"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
