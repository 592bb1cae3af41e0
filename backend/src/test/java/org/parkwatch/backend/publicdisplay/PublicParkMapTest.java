package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;

class PublicParkMapTest {
    @Test
    void demoParkShowsItsOutlineAndEightEnterprisesWithNamesOnly() throws Exception {
        JsonObject fc = new JsonObject(PublicParkMap.build(ParkCatalog.loadDemo()));
        List<String> kinds = new ArrayList<>();
        for (Object o : fc.getJsonArray("features")) {
            JsonObject f = (JsonObject) o;
            if (PublicParkMap.REFUGE_KINDS.contains(
                    f.getJsonObject("properties").getString("kind"))) continue;
            kinds.add(f.getJsonObject("properties").getString("kind"));
            Set<String> keys = new HashSet<>(f.getJsonObject("properties").fieldNames());
            assertEquals(Set.of("kind", "nameZh", "nameEn", "outline"), keys);
            assertTrue(!f.containsKey("id"), "no feature ids");
            assertTrue(f.getJsonObject("properties").getBoolean("outline"), f.encode());
        }
        assertEquals("park", kinds.get(0));
        assertEquals(8, kinds.stream().filter("enterprise"::equals).count());
        assertEquals(9, kinds.size());
    }

    @Test
    void demoParkPublishesItsSheltersIntroductionAndEmergencyNumbersOnly() throws Exception {
        JsonObject fc = new JsonObject(PublicParkMap.build(ParkCatalog.loadDemo()));
        List<String> shelters = new ArrayList<>();
        for (Object o : fc.getJsonArray("features")) {
            JsonObject f = (JsonObject) o;
            if (!"shelter".equals(f.getJsonObject("properties").getString("kind"))) continue;
            shelters.add(f.getJsonObject("properties").getString("nameZh"));
            assertEquals("Point", f.getJsonObject("geometry").getString("type"));
            assertTrue(!f.containsKey("id"), "no feature ids");
        }
        assertEquals(
                3, shelters.size(), "the demo park's three shelters (emergency-resources layer)");
        assertTrue(shelters.stream().noneMatch(String::isEmpty), shelters.toString());
        JsonObject info = fc.getJsonObject("info");
        assertEquals(Set.of("introZh", "introEn", "hotlines"), info.fieldNames());
        assertTrue(info.getString("introZh").startsWith("豫北滨河化工产业园区"));
        List<String> numbers = new ArrayList<>();
        info.getJsonArray("hotlines")
                .forEach(h -> numbers.add(((JsonObject) h).getString("number")));
        assertEquals(List.of("119", "120", "110", "12369", "12350"), numbers);
    }

    @Test
    void everyPublishedPositionIsRoundedAndFarFromEveryTank() throws Exception {
        ParkCatalog park = ParkCatalog.loadDemo();
        JsonObject fc = new JsonObject(PublicParkMap.build(park));
        List<double[]> published = new ArrayList<>();
        fc.getJsonArray("features")
                .forEach(
                        f ->
                                collect(
                                        ((JsonObject) f)
                                                .getJsonObject("geometry")
                                                .getJsonArray("coordinates"),
                                        published));
        assertTrue(published.size() > 20);
        for (double[] p : published) {
            assertEquals(p[0], Math.round(p[0] * 1e4) / 1e4, 0);
            assertEquals(p[1], Math.round(p[1] * 1e4) / 1e4, 0);
        }
        // independent of the clearance code: distance to each tank's first vertex, equirectangular
        // at 35.25° N
        for (Object t : new JsonObject(park.layerGeoJson("tanks")).getJsonArray("features")) {
            JsonObject tank = (JsonObject) t;
            JsonArray c =
                    tank.getJsonObject("geometry")
                            .getJsonArray("coordinates")
                            .getJsonArray(0)
                            .getJsonArray(0);
            for (double[] p : published) {
                double dx = (p[0] - c.getDouble(0)) * 111_320 * Math.cos(Math.toRadians(35.25));
                double dy = (p[1] - c.getDouble(1)) * 110_574;
                assertTrue(
                        Math.hypot(dx, dy) >= 50,
                        tank.getString("id") + " at " + Math.hypot(dx, dy) + " m");
            }
        }
    }

    @Test
    void outlineNearAnInstallationLosesItsGeometry() throws Exception {
        InstallationClearance clearance = new InstallationClearance(113.95, 35.25);
        clearance.addPoint(113.9503, 35.2500); // about 27 m east of the outline's first corner
        JsonObject square =
                new JsonObject(
                        "{\"type\":\"Polygon\",\"coordinates\":[[[113.95,35.25],[113.96,35.25],"
                                + "[113.96,35.26],[113.95,35.26],[113.95,35.25]]]}");
        assertNull(PublicParkMap.publicPolygon(square, clearance));
        InstallationClearance far = new InstallationClearance(113.95, 35.25);
        far.addPoint(113.90, 35.20);
        assertEquals("Polygon", PublicParkMap.publicPolygon(square, far).getString("type"));
    }

    @Test
    void pointInsideAnInstallationOutlineIsAtDistanceZero() {
        InstallationClearance c = new InstallationClearance(113.95, 35.25);
        c.addPath(
                List.of(
                        new double[] {113.94, 35.24},
                        new double[] {113.96, 35.24},
                        new double[] {113.96, 35.26},
                        new double[] {113.94, 35.26},
                        new double[] {113.94, 35.24}),
                true);
        assertEquals(0, c.distanceM(113.95, 35.25), 0);
        assertEquals(91, c.distanceM(113.961, 35.25), 1); // 0.001° of longitude at 35.25° N
    }

    private static void collect(JsonArray coords, List<double[]> out) {
        if (coords.size() >= 2 && coords.getValue(0) instanceof Number) {
            out.add(new double[] {coords.getDouble(0), coords.getDouble(1)});
            return;
        }
        coords.forEach(c -> collect((JsonArray) c, out));
    }
}
