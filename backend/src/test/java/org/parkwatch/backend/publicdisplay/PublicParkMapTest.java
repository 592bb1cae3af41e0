package org.parkwatch.backend.publicdisplay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicParkMapTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void demoParkShowsItsOutlineAndEightEnterprisesWithNamesOnly() throws Exception {
        JsonNode fc = JSON.readTree(PublicParkMap.build(ParkCatalog.loadDemo()));
        List<String> kinds = new ArrayList<>();
        for (JsonNode f : fc.path("features")) {
            if (PublicParkMap.REFUGE_KINDS.contains(f.path("properties").path("kind").asText())) continue;
            kinds.add(f.path("properties").path("kind").asText());
            Set<String> keys = new HashSet<>();
            f.path("properties").fieldNames().forEachRemaining(keys::add);
            assertEquals(Set.of("kind", "nameZh", "nameEn", "outline"), keys);
            assertTrue(f.path("id").isMissingNode(), "no feature ids");
            assertTrue(f.path("properties").path("outline").asBoolean(), f.toString());
        }
        assertEquals("park", kinds.get(0));
        assertEquals(8, kinds.stream().filter("enterprise"::equals).count());
        assertEquals(9, kinds.size());
    }

    @Test
    void demoParkPublishesItsSheltersIntroductionAndEmergencyNumbersOnly() throws Exception {
        JsonNode fc = JSON.readTree(PublicParkMap.build(ParkCatalog.loadDemo()));
        List<String> shelters = new ArrayList<>();
        for (JsonNode f : fc.path("features")) {
            if (!"shelter".equals(f.path("properties").path("kind").asText())) continue;
            shelters.add(f.path("properties").path("nameZh").asText());
            assertEquals("Point", f.path("geometry").path("type").asText());
            assertTrue(f.path("id").isMissingNode(), "no feature ids");
        }
        assertEquals(3, shelters.size(), "the demo park's three shelters (emergency-resources layer)");
        assertTrue(shelters.stream().noneMatch(String::isEmpty), shelters.toString());
        JsonNode info = fc.path("info");
        Set<String> keys = new HashSet<>();
        info.fieldNames().forEachRemaining(keys::add);
        assertEquals(Set.of("introZh", "introEn", "hotlines"), keys);
        assertTrue(info.path("introZh").asText().startsWith("豫北滨河化工产业园区"));
        List<String> numbers = new ArrayList<>();
        info.path("hotlines").forEach(h -> numbers.add(h.path("number").asText()));
        assertEquals(List.of("119", "120", "110", "12369", "12350"), numbers);
    }

    @Test
    void everyPublishedPositionIsRoundedAndFarFromEveryTank() throws Exception {
        ParkCatalog park = ParkCatalog.loadDemo();
        JsonNode fc = JSON.readTree(PublicParkMap.build(park));
        List<double[]> published = new ArrayList<>();
        fc.path("features").forEach(f -> collect(f.path("geometry").path("coordinates"), published));
        assertTrue(published.size() > 20);
        for (double[] p : published) {
            assertEquals(p[0], Math.round(p[0] * 1e4) / 1e4, 0);
            assertEquals(p[1], Math.round(p[1] * 1e4) / 1e4, 0);
        }
        // independent of the clearance code: distance to each tank's first vertex, equirectangular at 35.25° N
        for (JsonNode tank : park.layer("tanks").path("features")) {
            JsonNode c = tank.path("geometry").path("coordinates").path(0).path(0);
            for (double[] p : published) {
                double dx = (p[0] - c.path(0).asDouble()) * 111_320 * Math.cos(Math.toRadians(35.25));
                double dy = (p[1] - c.path(1).asDouble()) * 110_574;
                assertTrue(Math.hypot(dx, dy) >= 50, tank.path("id") + " at " + Math.hypot(dx, dy) + " m");
            }
        }
    }

    @Test
    void outlineNearAnInstallationLosesItsGeometry() throws Exception {
        InstallationClearance clearance = new InstallationClearance(113.95, 35.25);
        clearance.addPoint(113.9503, 35.2500); // about 27 m east of the outline's first corner
        JsonNode square = JSON.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[113.95,35.25],[113.96,35.25],"
                + "[113.96,35.26],[113.95,35.26],[113.95,35.25]]]}");
        assertNull(PublicParkMap.publicPolygon(square, clearance));
        InstallationClearance far = new InstallationClearance(113.95, 35.25);
        far.addPoint(113.90, 35.20);
        assertEquals("Polygon", PublicParkMap.publicPolygon(square, far).path("type").asText());
    }

    @Test
    void pointInsideAnInstallationOutlineIsAtDistanceZero() {
        InstallationClearance c = new InstallationClearance(113.95, 35.25);
        c.addPath(List.of(new double[]{113.94, 35.24}, new double[]{113.96, 35.24}, new double[]{113.96, 35.26},
                new double[]{113.94, 35.26}, new double[]{113.94, 35.24}), true);
        assertEquals(0, c.distanceM(113.95, 35.25), 0);
        assertEquals(91, c.distanceM(113.961, 35.25), 1); // 0.001° of longitude at 35.25° N
    }

    private static void collect(JsonNode coords, List<double[]> out) {
        if (coords.size() >= 2 && coords.get(0).isNumber()) {
            out.add(new double[]{coords.get(0).asDouble(), coords.get(1).asDouble()});
            return;
        }
        coords.forEach(c -> collect(c, out));
    }
}
