package org.parkwatch.backend.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ZoneFactsJsonTest {
    private static final Geometry FENCE =
            wkt("POLYGON((113.90 35.20, 114.00 35.20, 114.00 35.30, 113.90 35.30, 113.90 35.20))");

    static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonObject zone(
            String outcome,
            String threshold,
            int level,
            int levels,
            int population,
            JsonObject geometry) {
        return new JsonObject()
                .put("type", "Feature")
                .put("id", outcome + ":" + threshold)
                .put("geometry", geometry)
                .put(
                        "properties",
                        new JsonObject()
                                .put("outcome", outcome)
                                .put("threshold", threshold)
                                .put("level", level)
                                .put("levels", levels)
                                .put("population", population));
    }

    static JsonObject square(double lon, double lat, double half) {
        JsonArray ring =
                new JsonArray()
                        .add(new JsonArray().add(lon - half).add(lat - half))
                        .add(new JsonArray().add(lon + half).add(lat - half))
                        .add(new JsonArray().add(lon + half).add(lat + half))
                        .add(new JsonArray().add(lon - half).add(lat + half))
                        .add(new JsonArray().add(lon - half).add(lat - half));
        return new JsonObject()
                .put("type", "Polygon")
                .put("coordinates", new JsonArray().add(ring));
    }

    @Test
    void erpg2PopulationSevereZoneFenceAndPoolAreaAreRead() {
        JsonArray features =
                new JsonArray()
                        .add(zone("toxic", "ERPG-1", 1, 3, 1500, square(113.995, 35.25, 0.02)))
                        .add(zone("toxic", "ERPG-2", 2, 3, 320, square(113.95, 35.25, 0.01)))
                        .add(zone("toxic", "ERPG-3", 3, 3, 12, square(113.95, 35.25, 0.001)))
                        .add(zone("poolfire", "12.5kW", 1, 2, 0, square(113.95, 35.25, 0.0005)))
                        .add(zone("poolfire", "37.5kW", 2, 2, 0, square(113.95, 35.25, 0.0002)));
        String json =
                new JsonObject()
                        .put("type", "FeatureCollection")
                        .put("features", features)
                        .put("exposure", new JsonObject().put("sensitiveTargets", 2))
                        .encode();
        ZoneFactsSource.ZoneFacts f = ZoneFactsJson.read("INC-1/1", 5L, json, FENCE);
        assertEquals(320, f.peopleInErpg2());
        assertEquals(12, f.peopleInSevereZone());
        assertTrue(f.crossesFence(), "the ERPG-1 square reaches east of 114.00");
        assertEquals(2, f.sensitiveTargets());
        // 0.0004° × 0.0004° at 35.25° N: about 36.4 m × 44.4 m
        double expected = (0.0004 * 111_320 * Math.cos(Math.toRadians(35.25))) * (0.0004 * 110_950);
        assertEquals(expected, f.poolFireAreaM2(), expected * 0.01);
    }

    @Test
    void zonesInsideTheFenceWithoutPoolFireSayNoCrossingAndNoArea() {
        String json =
                new JsonObject()
                        .put(
                                "features",
                                new JsonArray()
                                        .add(
                                                zone(
                                                        "toxic",
                                                        "ERPG-2",
                                                        1,
                                                        1,
                                                        0,
                                                        square(113.95, 35.25, 0.01)))
                                        .add(zone("toxic", "ERPG-3", 2, 2, 0, null)))
                        .encode();
        ZoneFactsSource.ZoneFacts f = ZoneFactsJson.read("INC-2/1", 5L, json, FENCE);
        assertFalse(f.crossesFence());
        assertTrue(Double.isNaN(f.poolFireAreaM2()));
        assertEquals(0, f.sensitiveTargets());
    }
}
