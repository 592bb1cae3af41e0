package org.parkwatch.backend.routing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
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
 * Evacuation and approach routes on the demo park through the real backend, for one store (H2GIS or
 * PostGIS, {@link #database}): a chlorine leak at E01's V101 with the live wind from the south puts
 * its zones over the village of Xiaolizhuang; every target in the ERPG-2 zone gets routes to
 * shelters or a shelter-in-place finding, no route re-enters the ERPG-2 zone once out of it (JTS),
 * no approach route touches the ERPG-3 zone and every staging point lies upwind; the routes are
 * pushed, and pushed again for the new zones when the wind turns. A route with an avoided area goes
 * round it; bad input answers 4xx naming the field.
 */
abstract class EvacuationRoutesContract {
    @TempDir Path dataDir;

    /** The store's keys ({@code db.*}). */
    protected abstract Map<String, String> database() throws Exception;

    @Test
    void evacuationAndApproachRoutesKeepOutOfTheZonesAndFollowTheWind() throws Exception {
        Map<String, String> cfg = new HashMap<>(database());
        cfg.put("live.refreshMs", "60000");
        cfg.put("risk.qra.autoStart", "false");
        ParkWatchApp b =
                new ParkWatchApp(
                        TestBackend.config(dataDir, cfg),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        ParkWatchApp.Ports ports =
                b.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        Vertx client = Vertx.vertx();
        try (UplinkPublisher park = UplinkPublisher.embedded(ports.mqtt(), "PARK", "PARK-B1");
                UplinkPublisher e01 = UplinkPublisher.embedded(ports.mqtt(), "E01", "E01-B1")) {
            Api api = new Api(b, ports);
            badInput(api);
            List<JsonObject> pushed = new CopyOnWriteArrayList<>();
            WebSocketClient ws = client.createWebSocketClient();
            ws.connect(TestAuth.adminSocket(b))
                    .map(s -> s.textMessageHandler(t -> pushed.add(new JsonObject(t))))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS);
            long t0 = System.currentTimeMillis() - 5000;
            park.publish(1, weather(180, t0));
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
            await().atMost(Duration.ofSeconds(20)).until(() -> routesPushed(pushed).size() >= 1);
            JsonObject first = routesPushed(pushed).get(0);
            String incident = first.getString("incidentId");

            JsonObject zones = api.ok("/api/incidents/" + incident + "/threat-zones");
            JsonObject routes = api.ok("/api/routing/incidents/" + incident + "/evacuation");
            assertEquals(
                    zones.getJsonObject("run").getString("runId"), routes.getString("zoneRunId"));
            checkRoutes(zones, routes, 180);
            assertTrue(
                    covered(routes).contains("V-XIAOLIZHUANG"),
                    "Xiaolizhuang is in the ERPG-2 zone: " + covered(routes));

            // the wind turns: new zones, new routes pushed for them
            park.publish(2, weather(45, t0 + 6000));
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    routesPushed(pushed).stream()
                                            .anyMatch(
                                                    m ->
                                                            !m.getJsonObject("routes")
                                                                    .getString("zoneRunId")
                                                                    .equals(
                                                                            routes.getString(
                                                                                    "zoneRunId"))));
            JsonObject turnedZones = api.ok("/api/incidents/" + incident + "/threat-zones");
            JsonObject turned = api.ok("/api/routing/incidents/" + incident + "/evacuation");
            assertNotEquals(routes.getString("zoneRunId"), turned.getString("zoneRunId"));
            assertEquals(
                    turnedZones.getJsonObject("run").getString("runId"),
                    turned.getString("zoneRunId"));
            checkRoutes(turnedZones, turned, 45);
            assertFalse(covered(turned).contains("V-XIAOLIZHUANG"), "the plume left the village");
        } finally {
            client.close();
            b.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static List<Sample> weather(double windFromDeg, long t) {
        return List.of(
                new Sample("PARK.WS1.WD", windFromDeg, t, 0),
                new Sample("PARK.WS1.WS", 2.0, t, 0),
                new Sample("PARK.WS1.TA", 15.0, t, 0),
                new Sample("PARK.WS1.CC", 8.0, t, 0));
    }

    private static List<JsonObject> routesPushed(List<JsonObject> pushed) {
        return pushed.stream()
                .filter(m -> RoutingJson.PUSH_TYPE.equals(m.getString("type")))
                .toList();
    }

    /** Targets with a route or a shelter-in-place finding. */
    private static Set<String> covered(JsonObject routes) {
        Set<String> out = new HashSet<>();
        JsonObject ev = routes.getJsonObject("evacuation");
        ev.getJsonArray("routes").forEach(o -> out.add(((JsonObject) o).getString("targetId")));
        ev.getJsonArray("shelterInPlace")
                .forEach(o -> out.add(((JsonObject) o).getString("targetId")));
        return out;
    }

    private static void checkRoutes(JsonObject zones, JsonObject routes, double windFromDeg)
            throws Exception {
        Geometry erpg2 = zone(zones, "ERPG-2");
        Geometry erpg3 = zone(zones, "ERPG-3");
        assertFalse(erpg2.isEmpty(), "the leak reaches ERPG-2");
        // every target in the ERPG-2 zone (or worse) has routes or a finding
        Set<String> inZone = new HashSet<>();
        for (Object o : zones.getJsonObject("exposure").getJsonArray("targets")) {
            JsonObject t = (JsonObject) o;
            String z = t.getString("zone", "");
            if (z.endsWith("ERPG-2") || z.endsWith("ERPG-3")) inZone.add(t.getString("id"));
        }
        assertEquals(inZone, covered(routes));
        JsonArray evac = routes.getJsonObject("evacuation").getJsonArray("routes");
        for (Object o : evac) {
            JsonObject r = (JsonObject) o;
            LineString exit = (LineString) geometry(r.getJsonObject("exitLeg"));
            LineString safe = (LineString) geometry(r.getJsonObject("safeLeg"));
            assertFalse(safe.intersects(erpg2), "safe leg in ERPG-2: " + r.getString("targetId"));
            assertFalse(afterLeaving(exit, erpg2).intersects(erpg2), "re-enters ERPG-2: " + r);
            assertTrue(r.getDouble("distanceM") > 0);
            assertTrue(r.getLong("walkTimeS") > 0);
        }
        JsonArray approach = routes.getJsonObject("approach").getJsonArray("routes");
        assertFalse(approach.isEmpty(), "the fire stations get approach routes");
        double srcLon = routes.getJsonObject("source").getDouble("lon");
        double srcLat = routes.getJsonObject("source").getDouble("lat");
        for (Object o : approach) {
            JsonObject a = (JsonObject) o;
            Geometry line = geometry(a.getJsonObject("line"));
            assertFalse(
                    line.intersects(erpg3),
                    "approach through ERPG-3: " + a.getString("responderId"));
            JsonObject s = a.getJsonObject("staging");
            double bearing =
                    org.parkwatch.model.geo.LocalMetricPlane.bearingDeg(
                            srcLon, srcLat, s.getDouble("lon"), s.getDouble("lat"));
            double off = Math.abs(((bearing - windFromDeg) % 360 + 540) % 360 - 180);
            assertTrue(off <= 90.5, "staging not upwind: " + off + "° " + a.encode());
            assertFalse(
                    erpg3.contains(
                            new GeometryFactory()
                                    .createPoint(
                                            new Coordinate(
                                                    s.getDouble("lon"), s.getDouble("lat")))));
        }
    }

    /** The part of a line from its first vertex outside {@code zone} on. */
    private static Geometry afterLeaving(LineString line, Geometry zone) {
        Coordinate[] c = line.getCoordinates();
        GeometryFactory gf = line.getFactory();
        for (int i = 0; i < c.length; i++) {
            if (!zone.intersects(gf.createPoint(c[i]))) {
                Coordinate[] rest = java.util.Arrays.copyOfRange(c, i, c.length);
                return rest.length < 2 ? gf.createPoint(c[i]) : gf.createLineString(rest);
            }
        }
        return gf.createLineString();
    }

    /** The union of the zones of a threshold. */
    private static Geometry zone(JsonObject zones, String threshold) throws Exception {
        Geometry out = new GeometryFactory().createPolygon();
        for (Object o : zones.getJsonArray("features")) {
            JsonObject f = (JsonObject) o;
            if (!threshold.equals(f.getJsonObject("properties").getString("threshold"))) continue;
            if (f.getJsonObject("geometry") == null) continue;
            out = out.union(geometry(f.getJsonObject("geometry")));
        }
        return out;
    }

    private static Geometry geometry(JsonObject g) throws Exception {
        return new GeoJsonReader().read(g.encode());
    }

    private static void badInput(Api api) throws Exception {
        HttpResponse<String> unknown = api.get("/api/routing/incidents/INC-404/evacuation");
        assertEquals(404, unknown.statusCode(), unknown.body());
        HttpResponse<String> far = api.get("/api/routing/route?from=114.5,35.6&to=113.95,35.25");
        assertEquals(422, far.statusCode(), far.body());
        assertEquals("off_network", new JsonObject(far.body()).getString("reason"));
        assertTrue(new JsonObject(far.body()).getString("error").contains("from"), far.body());
        HttpResponse<String> malformed = api.get("/api/routing/route?from=abc&to=113.95,35.25");
        assertEquals(400, malformed.statusCode());
        assertEquals("from", new JsonObject(malformed.body()).getString("field"));
        HttpResponse<String> mode =
                api.get("/api/routing/route?from=113.94,35.25&to=113.95,35.25&mode=boat");
        assertEquals(400, mode.statusCode());
        assertEquals("mode", new JsonObject(mode.body()).getString("field"));
        JsonObject ok =
                api.ok("/api/routing/route?from=113.9336,35.2500&to=113.9664,35.2500&mode=drive");
        // straight along Weier Road (trunk), about 3 km
        assertEquals(3000, ok.getDouble("distanceM"), 60);
        assertEquals("纬二路", ok.getJsonArray("roads").getJsonObject(0).getString("nameZh"));
        // an avoided area over the middle of Weier Road: round by Jingyi, Weiyi and Jinger roads
        String box =
                "{\"type\":\"Polygon\",\"coordinates\":[[[113.949,35.2495],[113.951,35.2495],"
                        + "[113.951,35.2505],[113.949,35.2505],[113.949,35.2495]]]}";
        HttpResponse<String> round =
                api.post(
                        "/api/routing/route",
                        "{\"from\":[113.9336,35.25],\"to\":[113.9664,35.25],\"mode\":\"drive\","
                                + "\"avoid\":["
                                + box
                                + "]}");
        assertEquals(200, round.statusCode(), round.body());
        JsonObject detour = new JsonObject(round.body());
        assertTrue(detour.getDouble("distanceM") > 3500, detour.encode());
        assertFalse(
                geometry(detour.getJsonObject("line")).intersects(geometry(new JsonObject(box))),
                "the route touches the avoided area");
        HttpResponse<String> badAvoid =
                api.post(
                        "/api/routing/route",
                        "{\"from\":[113.9336,35.25],\"to\":[113.9664,35.25],\"avoid\":[{\"type\":\"Point\",\"coordinates\":[113.95,35.25]}]}");
        assertEquals(400, badAvoid.statusCode(), badAvoid.body());
        assertEquals("avoid[0]", new JsonObject(badAvoid.body()).getString("field"));
        JsonObject net = api.ok("/api/routing/network");
        assertEquals(8, net.getInteger("roads"));
        assertEquals(3, net.getInteger("shelters"));
    }

    /** Admin requests to the running backend. */
    private record Api(ParkWatchApp b, ParkWatchApp.Ports ports) {
        HttpResponse<String> get(String path) throws Exception {
            HttpRequest r =
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.http() + path))
                            .timeout(Duration.ofSeconds(20))
                            .header("Authorization", "Bearer " + TestAuth.adminToken(b))
                            .GET()
                            .build();
            return TestHttp.CLIENT.send(
                    r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            HttpRequest r =
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.http() + path))
                            .timeout(Duration.ofSeconds(20))
                            .header("Authorization", "Bearer " + TestAuth.adminToken(b))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
            return TestHttp.CLIENT.send(
                    r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        JsonObject ok(String path) throws Exception {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return new JsonObject(r.body());
        }
    }
}
