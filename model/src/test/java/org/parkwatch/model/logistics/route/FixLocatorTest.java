package org.parkwatch.model.logistics.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKTReader;
import org.parkwatch.model.routing.RoadClass;
import org.parkwatch.model.routing.RoadGraph;
import org.parkwatch.model.routing.RoadGraphBuilder;
import org.parkwatch.model.routing.RoadSegment;

/** Two crossing roads, one closed to hazmat, and a loading site beside them. */
class FixLocatorTest {
    private static final WKTReader WKT = new WKTReader();

    private static Geometry wkt(String s) throws Exception {
        Geometry g = WKT.read(s);
        g.setSRID(4326);
        return g;
    }

    private static RoadSegment road(String id, String line, boolean hazmat) throws Exception {
        return new RoadSegment(
                id,
                id,
                id,
                (LineString) wkt(line),
                RoadClass.TRUNK,
                false,
                hazmat,
                false,
                Double.NaN);
    }

    @Test
    void placesAPositionOnItsRoadAgainstTheRoute() throws Exception {
        RoadGraph g =
                RoadGraphBuilder.build(
                        List.of(
                                road("EW", "LINESTRING (113.93 35.25, 113.97 35.25)", true),
                                road("NS", "LINESTRING (113.95 35.24, 113.95 35.26)", false)));
        Geometry site =
                wkt(
                        "POLYGON ((113.96 35.251, 113.965 35.251, 113.965 35.255, 113.96 35.255, 113.96 35.251))");
        FixLocator loc = new FixLocator(g, List.of(site), TruckRules.DEFAULTS);
        Geometry route =
                loc.routeMetres((LineString) wkt("LINESTRING (113.93 35.25, 113.96 35.25)"));

        TruckFix onRoute = loc.locate(113.94, 35.2501, 28, 0, route);
        assertEquals("EW", onRoute.road().id());
        assertFalse(onRoute.road().closedToHazmat());
        assertEquals(30, onRoute.road().limitKmh(), 1e-9);
        assertTrue(
                onRoute.offRouteM() < 15, "about 11 m north of the route: " + onRoute.offRouteM());

        // 0.002° north on the closed road: about 222 m off the route
        TruckFix closed = loc.locate(113.95, 35.252, 20, 0, route);
        assertEquals("NS", closed.road().id());
        assertTrue(closed.road().closedToHazmat());
        assertEquals(222, closed.offRouteM(), 2);

        TruckFix inSite = loc.locate(113.962, 35.253, 0, 0, route);
        assertNull(inSite.road());
        assertTrue(inSite.inPermittedPlace());
        assertTrue(Double.isNaN(loc.locate(113.94, 35.25, 0, 0, null).offRouteM()));
    }

    @Test
    void theSegmentGridPlacesPositionsAsTheGraphAndJtsDo() throws Exception {
        RoadGraph g =
                RoadGraphBuilder.build(
                        List.of(
                                road("EW", "LINESTRING (113.93 35.25, 113.97 35.25)", true),
                                road("NS", "LINESTRING (113.95 35.24, 113.95 35.26)", false),
                                road(
                                        "DIAG",
                                        "LINESTRING (113.93 35.24, 113.945 35.247, 113.97 35.26)",
                                        true)));
        FixLocator loc = new FixLocator(g, List.of(), TruckRules.DEFAULTS);
        Geometry route =
                loc.routeMetres(
                        (LineString) wkt("LINESTRING (113.93 35.25, 113.95 35.25, 113.95 35.26)"));
        java.util.Random r = new java.util.Random(16);
        int onRoad = 0;
        for (int i = 0; i < 5000; i++) {
            double lon = 113.925 + r.nextDouble() * 0.05;
            double lat = 35.235 + r.nextDouble() * 0.03;
            TruckFix f = loc.locate(lon, lat, 20, 0, route);
            String expected =
                    g.nearestEdge(lon, lat, TruckRules.ROAD_MATCH_M)
                            .map(m -> m.edge().segment().id())
                            .orElse(null);
            assertEquals(expected, f.road() == null ? null : f.road().id(), lon + " " + lat);
            assertEquals(g.distanceM(lon, lat, route), f.offRouteM(), 1e-6);
            if (expected != null) onRoad++;
        }
        assertTrue(onRoad > 100, "some positions are on a road: " + onRoad);
    }

    @Test
    void aRouteOfSeveralLinesIsAsNearAsItsNearestLine() throws Exception {
        RoadGraph g =
                RoadGraphBuilder.build(
                        List.of(
                                road("EW", "LINESTRING (113.93 35.25, 113.97 35.25)", true),
                                road("NS", "LINESTRING (113.95 35.24, 113.95 35.26)", true)));
        FixLocator loc = new FixLocator(g, List.of(), TruckRules.DEFAULTS);
        LineString toSite = (LineString) wkt("LINESTRING (113.93 35.25, 113.96 35.25)");
        LineString toLot =
                (LineString) wkt("LINESTRING (113.93 35.25, 113.95 35.25, 113.95 35.24)");
        Geometry one = loc.routeMetres(List.of(toSite));
        Geometry both = loc.routeMetres(List.of(toSite, toLot));
        // 0.005° south on NS: 556 m off the way to the site, on the way to the lot
        assertEquals(556, loc.locate(113.95, 35.245, 20, 0, one).offRouteM(), 2);
        assertEquals(0, loc.locate(113.95, 35.245, 20, 0, both).offRouteM(), 0.01);
        java.util.Random r = new java.util.Random(16);
        for (int i = 0; i < 1000; i++) {
            double lon = 113.925 + r.nextDouble() * 0.05;
            double lat = 35.235 + r.nextDouble() * 0.03;
            assertEquals(
                    g.distanceM(lon, lat, both),
                    loc.locate(lon, lat, 20, 0, both).offRouteM(),
                    1e-6,
                    lon + " " + lat);
        }
    }
}
