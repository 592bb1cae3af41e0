package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.uplink.Sample;

/**
 * Two simultaneous leak incidents (E01 and E02) over real HTTP and MQTT with the embedded store
 * (issue 18): acknowledge-selected and acknowledge-by-incident journalled under the caller, an
 * enterprise user limited to its own alarms, closing with a reason (operators only), an incident
 * staying open when its alarms clear and reopening when they return, and enterprise feedback with a
 * checked photo seen by the park on the alarm and the incident.
 */
class IncidentActionRoutesTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    @TempDir Path dataDir;

    @Test
    void twoIncidentsAreAcknowledgedClosedReopenedAndAnsweredWithFeedback() throws Exception {
        long t0 = System.currentTimeMillis();
        try (AlarmBackend b =
                        AlarmBackend.start(
                                dataDir, Map.of("db.enabled", "false")); // private in-memory H2GIS
                UplinkPublisher e01 = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1");
                UplinkPublisher e02 = UplinkPublisher.embedded(b.ports.mqtt(), "E02", "E02-B1")) {
            // above H of the demo tag lists (E01 chlorine 0.3 ppm, E02 ammonia 40 ppm), twice: past
            // the on-delay
            e01.publish(1, gas("E01", 0.5, t0));
            e02.publish(1, gas("E02", 50, t0));
            e01.publish(2, gas("E01", 0.5, t0 + 2500));
            e02.publish(2, gas("E02", 50, t0 + 2500));
            await().atMost(Duration.ofSeconds(15))
                    .until(
                            () ->
                                    incidentWith(b, "E01.GD101.GAS.H") != null
                                            && incidentWith(b, "E02.GD101.GAS.H") != null);
            JsonObject inc1 = incidentWith(b, "E01.GD101.GAS.H");
            JsonObject inc2 = incidentWith(b, "E02.GD101.GAS.H");
            assertTrue(
                    !inc1.getString("id").equals(inc2.getString("id")),
                    "two incidents: " + inc1 + " " + inc2);
            assertEquals("OPEN", inc1.getString("state"));
            assertEquals(2, inc1.getInteger("activeAlarms"), inc1.encode());

            // an E01 user: its own alarms only; another's incident is 404, another's alarm "not
            // found"
            String e01User = TestAuth.username(Role.ENTERPRISE, "E01");
            String e01Token = TestAuth.token(b.backend, Role.ENTERPRISE, "E01");
            assertEquals(
                    404,
                    post(b, e01Token, "/api/incidents/" + inc2.getString("id") + "/ack", "{}")
                            .statusCode());
            HttpResponse<String> r =
                    post(
                            b,
                            e01Token,
                            "/api/alarms/ack",
                            "{\"ids\":[\"E01.GD101.GAS.H\",\"E02.GD101.GAS.H\"],\"comment\":\"on it\"}");
            assertEquals(200, r.statusCode(), r.body());
            JsonObject acked = new JsonObject(r.body());
            assertEquals(List.of("E01.GD101.GAS.H"), acked.getJsonArray("acknowledged").getList());
            assertEquals(List.of("E02.GD101.GAS.H"), acked.getJsonArray("notFound").getList());
            assertEquals("ACK_ACTIVE", b.active("E01.GD101.GAS.H").getString("state"));
            assertEquals("UNACK_ACTIVE", b.active("E02.GD101.GAS.H").getString("state"));
            assertEquals(400, post(b, e01Token, "/api/alarms/ack", "{\"ids\":[]}").statusCode());
            assertEquals(400, post(b, e01Token, "/api/alarms/ack", "{\"ids\":[3]}").statusCode());

            // acknowledge by incident as the administrator: every alarm of it, each journalled
            // under the caller
            String admin = TestAuth.username(Role.ADMIN, null);
            r =
                    post(
                            b,
                            TestAuth.adminToken(b.backend),
                            "/api/incidents/" + inc2.getString("id") + "/ack",
                            "");
            assertEquals(200, r.statusCode(), r.body());
            JsonArray ackedIds = new JsonObject(r.body()).getJsonArray("acknowledged");
            assertEquals(inc2.getJsonArray("alarmIds").size(), ackedIds.size(), r.body());
            for (Object id : ackedIds) {
                JsonArray journal = b.getArray("/api/alarms/journal?alarm=" + id);
                JsonObject last = journal.getJsonObject(journal.size() - 1);
                assertEquals("ACK_ACTIVE", last.getString("to"));
                assertEquals(admin, last.getString("user"));
            }
            JsonArray e01Journal = b.getArray("/api/alarms/journal?alarm=E01.GD101.GAS.H");
            assertEquals(
                    e01User, e01Journal.getJsonObject(e01Journal.size() - 1).getString("user"));
            // acknowledging never closes the incident
            assertEquals("OPEN", incident(b, inc2.getString("id")).getString("state"));

            // clearing leaves it open (activeAlarms 0); the operator closes it with a reason;
            // enterprise users cannot
            e02.publish(3, gas("E02", 0.0, t0 + 5000));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> incident(b, inc2.getString("id")).getInteger("activeAlarms") == 0);
            assertEquals("OPEN", incident(b, inc2.getString("id")).getString("state"));
            String closePath = "/api/incidents/" + inc2.getString("id") + "/close";
            assertEquals(
                    403,
                    post(
                                    b,
                                    TestAuth.token(b.backend, Role.ENTERPRISE, "E02"),
                                    closePath,
                                    "{\"reason\":\"x\"}")
                            .statusCode());
            r = b.post(closePath, "{}");
            assertEquals(400, r.statusCode());
            assertEquals("reason: missing", new JsonObject(r.body()).getString("error"));
            r = b.post(closePath, "{\"reason\":\"泄漏点已封堵，检测值恢复正常\"}");
            assertEquals(200, r.statusCode(), r.body());
            JsonObject closed = new JsonObject(r.body());
            assertEquals("CLOSED", closed.getString("state"));
            assertEquals(admin, closed.getString("closedBy"));
            assertEquals("泄漏点已封堵，检测值恢复正常", closed.getString("closeReason"));
            assertEquals(409, b.post(closePath, "{\"reason\":\"again\"}").statusCode());
            assertEquals(
                    "OPEN",
                    incident(b, inc1.getString("id")).getString("state"),
                    "the other one is untouched");

            // its alarms return: the same incident reopens
            e02.publish(4, gas("E02", 50, t0 + 10_000));
            e02.publish(5, gas("E02", 50, t0 + 12_500));
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    "OPEN"
                                            .equals(
                                                    incident(b, inc2.getString("id"))
                                                            .getString("state")));
            assertEquals(null, incident(b, inc2.getString("id")).getString("closeReason"));

            // feedback from E01 with a photo; the park sees it on the alarm and on the incident
            String photo = Base64.getEncoder().encodeToString(PNG);
            String feedbackPath = "/api/alarms/E01.GD101.GAS.H/feedback";
            r =
                    post(
                            b,
                            e01Token,
                            feedbackPath,
                            new JsonObject()
                                    .put("cause", "法兰垫片老化")
                                    .put("disposal", "已更换垫片")
                                    .put(
                                            "photo",
                                            new JsonObject()
                                                    .put("type", "image/jpeg")
                                                    .put("base64", photo))
                                    .encode());
            assertEquals(400, r.statusCode(), "a PNG declared as JPEG: " + r.body());
            assertTrue(
                    new JsonObject(r.body()).getString("error").contains("declared image/jpeg"),
                    r.body());
            assertEquals(400, post(b, e01Token, feedbackPath, "{\"cause\":\"x\"}").statusCode());
            assertEquals(
                    404,
                    post(
                                    b,
                                    e01Token,
                                    "/api/alarms/E02.GD101.GAS.H/feedback",
                                    "{\"cause\":\"x\",\"disposal\":\"y\"}")
                            .statusCode());
            r =
                    post(
                            b,
                            e01Token,
                            feedbackPath,
                            new JsonObject()
                                    .put("cause", "法兰垫片老化")
                                    .put("disposal", "已更换垫片")
                                    .put(
                                            "photo",
                                            new JsonObject()
                                                    .put("type", "image/png")
                                                    .put("base64", photo))
                                    .encode());
            assertEquals(201, r.statusCode(), r.body());
            JsonArray onIncident =
                    b.getArray("/api/incidents/" + inc1.getString("id") + "/feedback");
            assertEquals(1, onIncident.size(), onIncident.encode());
            JsonObject fb = onIncident.getJsonObject(0);
            assertEquals("法兰垫片老化", fb.getString("cause"));
            assertEquals(e01User, fb.getString("author"));
            assertEquals(1, b.getArray(feedbackPath).size());
            HttpResponse<byte[]> img =
                    HTTP.send(
                            b.request("/" + fb.getString("photoUrl")).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, img.statusCode());
            assertEquals("image/png", img.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(PNG, img.body());
            assertEquals(
                    0, b.getArray("/api/incidents/" + inc2.getString("id") + "/feedback").size());
        }
    }

    private static List<Sample> gas(String enterprise, double value, long t) {
        return List.of(
                new Sample(enterprise + ".GD101.GAS", value, t, 0),
                new Sample(enterprise + ".GD102.GAS", value, t, 0));
    }

    private static JsonObject incidentWith(AlarmBackend b, String alarmId) throws Exception {
        for (Object o : b.getArray("/api/incidents")) {
            JsonObject i = (JsonObject) o;
            if (i.getJsonArray("alarmIds").contains(alarmId) && "LEAK".equals(i.getString("kind")))
                return i;
        }
        return null;
    }

    private static JsonObject incident(AlarmBackend b, String id) throws Exception {
        return b.getObject("/api/incidents/" + id);
    }

    private static HttpResponse<String> post(AlarmBackend b, String token, String path, String body)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(b.uri(path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
