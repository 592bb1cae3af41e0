package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Head count within 500 m of a unit boundary, projected to EPSG:4547 metres. */
class ExposedPopulationTest {
    /**
     * Metres per degree of longitude at 35.25° N (WGS84 sphere approximation, good to 0.2 % here).
     */
    private static final double M_PER_DEG_LON = 111_320 * Math.cos(Math.toRadians(35.25));

    private static double lonEast(double metres) {
        return 114.0 + metres / M_PER_DEG_LON;
    }

    private static List<SensitiveTarget> targets(String... features) {
        return ParkLayerReader.sensitiveTargets(
                new JsonObject(
                        "{\"type\":\"FeatureCollection\",\"features\":["
                                + String.join(",", features)
                                + "]}"));
    }

    private static String point(String id, double lon, int population) {
        return "{\"type\":\"Feature\",\"id\":\""
                + id
                + "\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                + lon
                + ",35.25]},\"properties\":{\"kind\":\"village\",\"nameZh\":\""
                + id
                + "\",\"population\":"
                + population
                + "}}";
    }

    /** A 100 m square centred on 114.0 E, 35.25 N. */
    private static Geometry unit() throws Exception {
        double dx = 50 / M_PER_DEG_LON;
        double dy = 50 / 111_000.0;
        return new WKTReader()
                .read(
                        String.format(
                                java.util.Locale.ROOT,
                                "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                                114 - dx,
                                35.25 - dy,
                                114 + dx,
                                35.25 - dy,
                                114 + dx,
                                35.25 + dy,
                                114 - dx,
                                35.25 + dy,
                                114 - dx,
                                35.25 - dy));
    }

    @Test
    void countsTargetsWithin500mOfTheBoundaryOnly() throws Exception {
        ExposedPopulation p =
                new ExposedPopulation(
                        targets(
                                point("NEAR", lonEast(50 + 450), 320),
                                point("FAR", lonEast(50 + 560), 1000),
                                point("EMPTY", lonEast(50 + 100), 0)));
        ExposedPopulation.Count c = p.around(unit());
        assertEquals(320, c.people());
        assertEquals(1, c.targets().size());
        assertEquals("NEAR", c.targets().get(0).id());
        assertEquals(450, c.targets().get(0).distanceM(), 3);
    }

    @Test
    void noTargetsMeansNobody() throws Exception {
        assertEquals(0, new ExposedPopulation(targets()).around(unit()).people());
    }

    private static List<EnterpriseSite> sites(String... features) {
        return ParkLayerReader.enterpriseSites(
                new JsonObject(
                        "{\"type\":\"FeatureCollection\",\"features\":["
                                + String.join(",", features)
                                + "]}"));
    }

    /**
     * A site square of half-side {@code halfM} metres centred {@code eastM} east of 114.0 E, 35.25
     * N.
     */
    private static String site(String id, double eastM, double halfM) {
        double x0 = (eastM - halfM) / M_PER_DEG_LON;
        double x1 = (eastM + halfM) / M_PER_DEG_LON;
        double dy = halfM / 111_000.0;
        return String.format(
                java.util.Locale.ROOT,
                "{\"type\":\"Feature\",\"id\":\"%s\",\"properties\":"
                        + "{\"nameZh\":\"%s厂\",\"nameEn\":\"%s plant\"},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                id,
                id,
                id,
                114 + x0,
                35.25 - dy,
                114 + x1,
                35.25 - dy,
                114 + x1,
                35.25 + dy,
                114 + x0,
                35.25 + dy,
                114 + x0,
                35.25 - dy);
    }

    @Test
    void countsFromThePlantBoundaryOfTheSiteHoldingTheUnitEachTargetOnce() throws Exception {
        // the unit (100 m square) sits in a 1 km plant (half-side 500 m): a village 900 m east of
        // the unit is 400 m
        // outside the plant boundary, so it counts (it did not when the unit outline was buffered)
        String village = point("V", lonEast(900), 320);
        String farVillage = point("FAR", lonEast(1100), 1000);
        ExposedPopulation p =
                new ExposedPopulation(
                        targets(village, farVillage),
                        sites(site("E09", 0, 500), site("E10", 3000, 500)));
        ExposedPopulation.Count c = p.around(unit());
        assertEquals(ExposedPopulation.ENTERPRISE_SITE, c.boundaryKind());
        assertEquals("E09", c.boundaryId());
        assertEquals(320, c.people());
        assertEquals(400, c.targets().get(0).distanceM(), 3);
        assertTrue(c.arithmeticZh().contains("厂区边界（E09厂，E09）"), c.arithmeticZh());
        assertTrue(c.arithmeticZh().contains("V 320 人"), c.arithmeticZh());
        // the unit outline alone would not have reached the village
        assertEquals(
                0, new ExposedPopulation(targets(village, farVillage)).around(unit()).people());
    }
}
