package org.parkwatch.backend.risk.zones;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/**
 * Threat zones on incidents through the real backend (demo park, H2GIS store, embedded MQTT): a
 * chlorine leak at E01's V101 with the live wind from the west gets zones east of the tank, pushed
 * on the WebSocket and served by the API; a 50° wind change recomputes them; after a restart the
 * open incident follows the wind again; an operator's re-run with a fixed wind becomes the latest
 * and, after another restart, the zones say they no longer follow the wind. The routes' bad input
 * answers 400 naming the field.
 */
class IncidentThreatZonesTest {
    // HTTP/1.1: the JDK client's default h2c upgrade attempt has been seen to misread a large reply
    // as an HTTP/2 frame
    private static final HttpClient HTTP = TestHttp.CLIENT;
    @TempDir Path dataDir;

    record Running(ParkWatchApp backend, ParkWatchApp.Ports ports) implements AutoCloseable {
        static Running start(Path dataDir) throws Exception {
            // weather tags stay fresh for 2 x 60 s: the test publishes them once
            Map<String, String> cfg =
                    new HashMap<>(Map.of("db.enabled", "true", "live.refreshMs", "60000"));
            cfg.put("risk.qra.autoStart", "false");
            ParkWatchApp b =
                    new ParkWatchApp(
                            TestBackend.config(dataDir, cfg),
                            ParkCatalog.loadDemo(),
                            ParkWatchOptions.defaults());
            return new Running(
                    b,
                    b.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS));
        }

        HttpResponse<String> send(String method, String path, String body) throws Exception {
            HttpRequest.Builder r =
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.http() + path))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + TestAuth.adminToken(backend));
            r =
                    body == null
                            ? r.GET()
                            : r.method(method, HttpRequest.BodyPublishers.ofString(body));
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        JsonObject ok(String method, String path, String body) throws Exception {
            HttpResponse<String> r = send(method, path, body);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return new JsonObject(r.body());
        }

        @Override
        public void close() throws Exception {
            backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void whatIfRejectsBadInputNamingTheField() throws Exception {
        try (Running b = Running.start(dataDir)) {
            assertField(
                    b,
                    "{\"lon\":113.934,\"lat\":35.258,\"chemical\":\"chlorine\",\"releaseRateKgPerS\":2}",
                    "windFromDeg");
            assertField(
                    b,
                    "{\"lon\":113.934,\"lat\":35.258,\"chemical\":\"chlorine\",\"releaseRateKgPerS\":2,"
                            + "\"windFromDeg\":90,\"windSpeedMPerS\":\"fast\"}",
                    "windSpeedMPerS");
            assertField(b, "{\"lat\":35.258,\"chemical\":\"chlorine\"}", "lon");
            assertField(
                    b,
                    "{\"featureId\":\"E01-V101\",\"windFromDeg\":90,\"windSpeedMPerS\":2,\"rate\":3}",
                    "rate");
            assertField(
                    b,
                    "{\"featureId\":\"E01-V101\",\"windFromDeg\":400,\"windSpeedMPerS\":2}",
                    "windFromDeg");
            assertField(b, "not json", "body");
            assertEquals(
                    404, b.send("GET", "/api/incidents/INC-404/threat-zones", null).statusCode());
            assertEquals(
                    404, b.send("POST", "/api/incidents/INC-404/threat-zones", "{}").statusCode());
            JsonObject ok =
                    b.ok(
                            "POST",
                            "/api/risk/threat-zones",
                            "{\"featureId\":\"E01-V101\",\"windFromDeg\":90,\"windSpeedMPerS\":2}");
            assertEquals("FeatureCollection", ok.getString("type"));
            assertEquals(3, ok.getJsonArray("features").size());
            assertEquals("manual", ok.getJsonObject("inputs").getString("weatherSource"));
            JsonObject puff =
                    b.ok(
                            "POST",
                            "/api/risk/threat-zones",
                            "{\"featureId\":\"E01-V101\",\"massKg\":2000,"
                                    + "\"outcome\":\"toxic\",\"windFromDeg\":270,\"windSpeedMPerS\":3,\"stability\":\"D\"}");
            // chlorine is heavier than air: the dense puff, handed to a Gaussian puff farther out
            assertEquals(
                    "britter-mcquaid-puff",
                    puff.getJsonArray("outcomes").getJsonObject(0).getString("model"));
            assertEquals(
                    "gaussian-puff",
                    puff.getJsonArray("outcomes")
                            .getJsonObject(0)
                            .getJsonArray("spans")
                            .getJsonObject(1)
                            .getString("model"));
            assertEquals(
                    "britter-mcquaid-puff",
                    puff.getJsonArray("features")
                            .getJsonObject(0)
                            .getJsonObject("properties")
                            .getString("model"));
            assertEquals("instantaneous", puff.getJsonObject("inputs").getString("release"));
        }
    }

    private static void assertField(Running b, String body, String field) throws Exception {
        HttpResponse<String> r = b.send("POST", "/api/risk/threat-zones", body);
        assertEquals(400, r.statusCode(), r.body());
        JsonObject e = new JsonObject(r.body());
        assertEquals(field, e.getString("field"), r.body());
        assertTrue(e.getString("error").contains(field), r.body());
    }

    @Test
    void leakIncidentGetsZonesDownwindFollowsTheWindAndKeepsThemAcrossARestart() throws Exception {
        long t0 = System.currentTimeMillis() - 5000;
        Vertx client = Vertx.vertx();
        String incidentId;
        String latestRunId;
        try (Running b = Running.start(dataDir);
                UplinkPublisher park =
                        UplinkPublisher.embedded(b.ports().mqtt(), "PARK", "PARK-B1");
                UplinkPublisher e01 = UplinkPublisher.embedded(b.ports().mqtt(), "E01", "E01-B1")) {
            List<JsonObject> pushed = new CopyOnWriteArrayList<>();
            WebSocketClient ws = client.createWebSocketClient();
            ws.connect(TestAuth.adminSocket(b.backend()))
                    .map(s -> s.textMessageHandler(t -> pushed.add(new JsonObject(t))))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS);
            park.publish(
                    1,
                    List.of(
                            new Sample("PARK.WS1.WD", 270.0, t0, 0),
                            new Sample("PARK.WS1.WS", 3.0, t0, 0),
                            new Sample("PARK.WS1.TA", 15.0, t0, 0),
                            new Sample("PARK.WS1.CC", 8.0, t0, 0)));
            e01.publish(
                    1,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.45, t0, 0),
                            new Sample("E01.GD102.GAS", 0.40, t0, 0)));
            e01.publish(
                    2,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.50, t0 + 2500, 0),
                            new Sample("E01.GD102.GAS", 0.42, t0 + 2500, 0)));

            await().atMost(Duration.ofSeconds(15))
                    .until(
                            () ->
                                    pushed.stream()
                                            .anyMatch(
                                                    m ->
                                                            IncidentZones.PUSH_TYPE.equals(
                                                                    m.getString("type"))));
            JsonObject msg =
                    pushed.stream()
                            .filter(m -> IncidentZones.PUSH_TYPE.equals(m.getString("type")))
                            .findFirst()
                            .orElseThrow();
            incidentId = msg.getString("incidentId");
            assertEquals("E01", msg.getString("enterpriseId"));
            assertEquals("opened", msg.getString("trigger"));

            JsonObject zones = b.ok("GET", "/api/incidents/" + incidentId + "/threat-zones", null);
            JsonObject in = zones.getJsonObject("inputs");
            assertEquals("E01-V101", in.getString("featureId"));
            assertEquals("7782-50-5", in.getJsonObject("chemical").getString("cas"));
            assertTrue(
                    in.getString("weatherSource").startsWith("live PARK-WS1 at "),
                    in.getString("weatherSource"));
            assertEquals(270.0, in.getDouble("windFromDeg"));
            assertEquals("D", in.getString("stability"), "8 oktas: overcast is D");
            assertTrue(in.getString("rateBasisEn").contains("10 mm hole"));
            assertEquals(msg.getString("runId"), zones.getJsonObject("run").getString("runId"));
            double srcLon = in.getDouble("lon");
            Geometry outer = outermost(zones);
            for (Coordinate c : outer.getCoordinates())
                assertTrue(c.x >= srcLon - 1e-6, "upwind part at " + c);
            assertTrue(
                    outer.getEnvelopeInternal().getMaxX() > srcLon + 0.005, "reaches > 400 m east");

            // the wind turns by 50°: a new run (at most every 10 s) with the new wind
            park.publish(2, List.of(new Sample("PARK.WS1.WD", 320.0, t0 + 6000, 0)));
            await().atMost(Duration.ofSeconds(25))
                    .until(
                            () ->
                                    b.ok(
                                                    "GET",
                                                    "/api/incidents/"
                                                            + incidentId
                                                            + "/threat-zones",
                                                    null)
                                            .getJsonObject("run")
                                            .getString("trigger")
                                            .equals("wind"));
            JsonObject turned = b.ok("GET", "/api/incidents/" + incidentId + "/threat-zones", null);
            assertEquals(320.0, turned.getJsonObject("inputs").getDouble("windFromDeg"));
            assertEquals(2, turned.getJsonArray("history").size());

        } finally {
            client.close();
        }
        try (Running again = Running.start(dataDir);
                UplinkPublisher park =
                        UplinkPublisher.embedded(again.ports().mqtt(), "PARK", "PARK-B1")) {
            // restored open incident with a live-wind run: it follows the wind again
            JsonObject restored =
                    again.ok("GET", "/api/incidents/" + incidentId + "/threat-zones", null);
            assertEquals(2, restored.getJsonArray("history").size());
            assertEquals(
                    true,
                    restored.getJsonObject("following").getBoolean("wind"),
                    restored.encode());
            long t1 = System.currentTimeMillis();
            park.publish(
                    10,
                    List.of(
                            new Sample("PARK.WS1.WD", 200.0, t1, 0),
                            new Sample("PARK.WS1.WS", 3.0, t1, 0),
                            new Sample("PARK.WS1.TA", 15.0, t1, 0),
                            new Sample("PARK.WS1.CC", 8.0, t1, 0)));
            await().atMost(Duration.ofSeconds(25))
                    .until(
                            () ->
                                    again.ok(
                                                            "GET",
                                                            "/api/incidents/"
                                                                    + incidentId
                                                                    + "/threat-zones",
                                                            null)
                                                    .getJsonArray("history")
                                                    .size()
                                            == 3);
            JsonObject resumed =
                    again.ok("GET", "/api/incidents/" + incidentId + "/threat-zones", null);
            assertEquals("wind", resumed.getJsonObject("run").getString("trigger"));
            assertEquals(200.0, resumed.getJsonObject("inputs").getDouble("windFromDeg"));
            assertEquals("E01-V101", resumed.getJsonObject("inputs").getString("featureId"));
            assertTrue(
                    resumed.getJsonObject("inputs")
                            .getString("rateBasisEn")
                            .contains("10 mm hole"));

            // the operator re-runs with a manual south wind and a bigger leak: zones north of the
            // tank
            JsonObject rerun =
                    again.ok(
                            "POST",
                            "/api/incidents/" + incidentId + "/threat-zones",
                            "{\"windFromDeg\":180,\"windSpeedMPerS\":2,\"releaseRateKgPerS\":10}");
            assertEquals("rerun", rerun.getJsonObject("run").getString("trigger"));
            assertEquals("manual", rerun.getJsonObject("inputs").getString("weatherSource"));
            double srcLat = rerun.getJsonObject("inputs").getDouble("lat");
            for (Coordinate c : outermost(rerun).getCoordinates())
                assertTrue(c.y >= srcLat - 1e-6, "south at " + c);
            assertField(again, "{}", "lon"); // the what-if route still needs a place
            HttpResponse<String> bad =
                    again.send(
                            "POST",
                            "/api/incidents/" + incidentId + "/threat-zones",
                            "{\"windSpeedMPerS\":-1}");
            assertEquals(400, bad.statusCode());
            assertEquals("windSpeedMPerS", new JsonObject(bad.body()).getString("field"));
            latestRunId = rerun.getJsonObject("run").getString("runId");
            JsonObject after =
                    again.ok("GET", "/api/incidents/" + incidentId + "/threat-zones", null);
            assertEquals(latestRunId, after.getJsonObject("run").getString("runId"));
            assertEquals(false, after.getJsonObject("following").getBoolean("wind"));
        }
        try (Running third = Running.start(dataDir)) {
            // restored again: the latest run had a fixed wind, so the zones stay put and say why
            JsonObject restored =
                    third.ok("GET", "/api/incidents/" + incidentId + "/threat-zones", null);
            assertEquals(latestRunId, restored.getJsonObject("run").getString("runId"));
            assertEquals(4, restored.getJsonArray("history").size());
            JsonObject following = restored.getJsonObject("following");
            assertEquals(false, following.getBoolean("wind"));
            assertTrue(following.getString("reason").contains("fixed wind"), following.encode());
        }
    }

    static Geometry outermost(JsonObject zones) throws Exception {
        JsonArray features = zones.getJsonArray("features");
        JsonObject first = features.getJsonObject(0);
        assertEquals(1, first.getJsonObject("properties").getInteger("level"));
        return new GeoJsonReader().read(first.getJsonObject("geometry").encode());
    }
}
