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
