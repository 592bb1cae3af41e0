package org.parkwatch.backend.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Pipelines through the real backend on one store (H2GIS or PostGIS, {@link #database}): buildings
 * imported 3, 30, 150 and 400 m north of the crude oil pipeline E04-PL1 (a long-distance line: 5 m
 * prohibited, 50 m works permit, 200 m blasting permit) are found in the zone their distance puts
 * them in, the far one and a road are not; a patrol walking half of a segment covers that half; bad
 * patrols are refused with their reason.
 */
abstract class PipelineContract {
    /** A point of E04-PL1 (demo layer, lat 35.2542363 from lon 113.9104437 to 113.9335182). */
    private static final double LON = 113.92;

    private static final double LAT = 35.2542363;

    @TempDir Path dataDir;

    /** The store's keys ({@code db.*}). */
    protected abstract Map<String, String> database() throws Exception;

    @Test
    void encroachmentsPatrolCoverageAndBadInput() throws Exception {
        Map<String, String> cfg = new HashMap<>(database());
        cfg.put("risk.qra.autoStart", "false");
        ParkWatchApp b =
                new ParkWatchApp(
                        TestBackend.config(dataDir, cfg),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        b.start().toCompletionStage().toCompletableFuture().get(90, TimeUnit.SECONDS);
        try {
            String admin = TestAuth.adminToken(b);
            String operator = TestAuth.token(b, Role.OPERATOR, null);
            Map<String, Double> offsets = new LinkedHashMap<>();
            offsets.put("T-BLDG-3", 3.0);
            offsets.put("T-BLDG-30", 30.0);
            offsets.put("T-BLDG-150", 150.0);
            offsets.put("T-BLDG-400", 400.0);
            HttpResponse<String> imported =
                    send(b, admin, "POST", "/api/layers/test-buildings/import", buildings(offsets));
            assertEquals(200, imported.statusCode(), imported.body());

            JsonArray found =
                    new JsonObject(
                                    send(b, operator, "GET", "/api/pipelines/encroachments", null)
                                            .body())
                            .getJsonArray("encroachments");
            Map<String, JsonObject> seeded = new HashMap<>();
            for (Object o : found) {
                JsonObject e = (JsonObject) o;
                // E04's crude tank farm, which the line feeds, is its terminal, not an encroachment
                assertFalse(
                        "E04".equals(e.getString("enterpriseId")) && e.getDouble("distanceM") == 0,
                        e.encode());
                if (e.getString("featureId").startsWith("T-"))
                    seeded.put(e.getString("featureId"), e);
            }
            assertEquals(3, seeded.size(), found.encode());
            check(seeded.get("T-BLDG-3"), "prohibited", "violation", 3.0);
            check(seeded.get("T-BLDG-30"), "works-permit", "permit", 30.0);
            check(seeded.get("T-BLDG-150"), "blasting-permit", "permit", 150.0);
            assertFalse(seeded.containsKey("T-ROAD-1"), "a road crossing is no encroachment");
            assertTrue(
                    seeded.get("T-BLDG-3")
                            .getJsonObject("zone")
                            .getString("source")
                            .contains("第三十条"));

            // a patrol walks the first segment of E04-PL1 from its start to its middle, 10 m north
            JsonObject pipelines =
                    new JsonObject(send(b, operator, "GET", "/api/pipelines", null).body());
            JsonArray line = null;
            for (Object f : pipelines.getJsonObject("pipelines").getJsonArray("features")) {
                if ("E04-PL1".equals(((JsonObject) f).getString("id")))
                    line = ((JsonObject) f).getJsonObject("geometry").getJsonArray("coordinates");
            }
            MetricProjection plane = new MetricProjection();
            Point a =
                    plane.toMetres(
                            line.getJsonArray(0).getDouble(0), line.getJsonArray(0).getDouble(1));
            Point z =
                    plane.toMetres(
                            line.getJsonArray(1).getDouble(0), line.getJsonArray(1).getDouble(1));
            double half = (z.getX() - a.getX()) / 2;
            JsonArray track = new JsonArray();
            long t0 = System.currentTimeMillis() - 3_600_000;
            for (int i = 0; i <= 50; i++) {
                Coordinate ll = plane.toLonLat(a.getX() + half * i / 50.0, a.getY() + 10);
                track.add(new JsonArray().add(ll.x).add(ll.y).add(t0 + i * 10_000L));
            }
            JsonObject patrol =
                    new JsonObject()
                            .put("pipelineId", "E04-PL1")
                            .put("patroller", "巡线员甲")
                            .put("track", track);
            HttpResponse<String> filed =
                    send(b, operator, "POST", "/api/pipelines/patrols", patrol.encode());
            assertEquals(201, filed.statusCode(), filed.body());
            JsonObject coverage =
                    new JsonObject(
                            send(b, operator, "GET", "/api/pipelines/coverage?days=1", null)
                                    .body());
            JsonObject e04 = null;
            for (Object o : coverage.getJsonArray("pipelines"))
                if ("E04-PL1".equals(((JsonObject) o).getString("pipelineId")))
                    e04 = (JsonObject) o;
            JsonObject seg0 = e04.getJsonArray("segments").getJsonObject(0);
            double lengthM = seg0.getDouble("lengthM");
            // the buffered end of the track reaches sqrt(20² − 10²) m past the middle
            double expected = (lengthM / 2 + Math.sqrt(20 * 20 - 10 * 10)) / lengthM;
            assertEquals(expected, seg0.getDouble("coveredFraction"), 0.002);
            assertEquals(
                    0.0,
                    e04.getJsonArray("segments").getJsonObject(1).getDouble("coveredFraction"));

            // bad patrols: 4xx naming what is wrong, nothing stored
            badPatrol(b, operator, patrol.copy().put("pipelineId", "NOPE"), "pipelineId");
            badPatrol(
                    b,
                    operator,
                    patrol.copy().put("track", new JsonArray().add(track.getValue(0))),
                    "track");
            badPatrol(
                    b,
                    operator,
                    patrol.copy()
                            .put(
                                    "track",
                                    new JsonArray()
                                            .add(new JsonArray().add(500).add(35).add(t0))
                                            .add(track.getValue(1))),
                    "lon/lat");
            badPatrol(
                    b,
                    operator,
                    patrol.copy()
                            .put(
                                    "track",
                                    new JsonArray().add(track.getValue(5)).add(track.getValue(1))),
                    "backwards");
            badPatrol(b, operator, patrolWithout(patrol, "patroller"), "patroller");
            assertEquals(
                    400,
                    send(b, operator, "GET", "/api/pipelines/coverage?days=0", null).statusCode());
            long mine =
                    new JsonObject(
                                    send(b, operator, "GET", "/api/pipelines/patrols?days=1", null)
                                            .body())
                            .getJsonArray("patrols").stream()
                                    .filter(
                                            x ->
                                                    "巡线员甲"
                                                            .equals(
                                                                    ((JsonObject) x)
                                                                            .getString(
                                                                                    "patroller")))
                                    .count();
            assertEquals(1, mine, "the refused patrols were not stored");
        } finally {
            b.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static JsonObject patrolWithout(JsonObject p, String field) {
        JsonObject c = p.copy();
        c.remove(field);
        return c;
    }

    private static void badPatrol(ParkWatchApp b, String token, JsonObject body, String reason)
            throws Exception {
        HttpResponse<String> r = send(b, token, "POST", "/api/pipelines/patrols", body.encode());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(new JsonObject(r.body()).getString("error").contains(reason), r.body());
    }

    private static void check(JsonObject e, String zone, String severity, double distanceM) {
        assertEquals("E04-PL1", e.getString("pipelineId"), e.encode());
        assertEquals(zone, e.getJsonObject("zone").getString("id"), e.encode());
        assertEquals(severity, e.getJsonObject("zone").getString("severity"));
        assertEquals(distanceM, e.getDouble("distanceM"), 0.5, e.encode());
    }

    /**
     * 10 m squares whose south edge lies the given metres north of E04-PL1, and a crossing road.
     */
    private static String buildings(Map<String, Double> offsets) {
        MetricProjection plane = new MetricProjection();
        Point p = plane.toMetres(LON, LAT);
        JsonArray features = new JsonArray();
        offsets.forEach(
                (id, d) -> {
                    JsonArray ring = new JsonArray();
                    double[][] corners = {{0, d}, {10, d}, {10, d + 10}, {0, d + 10}, {0, d}};
                    for (double[] c : corners) {
                        Coordinate ll = plane.toLonLat(p.getX() + c[0], p.getY() + c[1]);
                        ring.add(new JsonArray().add(ll.x).add(ll.y));
                    }
                    features.add(
                            feature(
                                    id,
                                    "building",
                                    new JsonObject()
                                            .put("type", "Polygon")
                                            .put("coordinates", new JsonArray().add(ring))));
                });
        Coordinate s = plane.toLonLat(p.getX() + 50, p.getY() - 100);
        Coordinate n = plane.toLonLat(p.getX() + 50, p.getY() + 100);
        features.add(
                feature(
                        "T-ROAD-1",
                        "road",
                        new JsonObject()
                                .put("type", "LineString")
                                .put(
                                        "coordinates",
                                        new JsonArray()
                                                .add(new JsonArray().add(s.x).add(s.y))
                                                .add(new JsonArray().add(n.x).add(n.y)))));
        return new JsonObject().put("type", "FeatureCollection").put("features", features).encode();
    }

    private static JsonObject feature(String id, String kind, JsonObject geometry) {
        return new JsonObject()
                .put("type", "Feature")
                .put("id", id)
                .put("geometry", geometry)
                .put(
                        "properties",
                        new JsonObject()
                                .put("kind", kind)
                                .put("nameZh", "测试" + id)
                                .put("nameEn", "test " + id)
                                .put("enterpriseId", "PARK"));
    }

    private static HttpResponse<String> send(
            ParkWatchApp b, String token, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.ports().http() + path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30));
        if (body != null) r.header("Content-Type", "application/json");
        r.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return TestHttp.CLIENT.send(
                r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
