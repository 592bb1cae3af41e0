package org.parkwatch.backend.workpermit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.model.geo.LocalMetricPlane;

/** The grid finds exactly the permits within the radius, for points and polygons. */
class PermitGridTest {
    private static final LocalMetricPlane PLANE = new LocalMetricPlane(113.95, 35.25);

    private static SpecialWorkPermit at(String id, Geometry g) {
        return new SpecialWorkPermit(
                id,
                "E01",
                null,
                WorkKind.HOT_WORK,
                "1",
                WorkState.IN_PROGRESS,
                "p",
                g,
                0,
                1,
                List.of(),
                List.of(),
                0,
                "t",
                0,
                0,
                null);
    }

    private static Geometry point(double eastM, double northM) {
        return WorkPermitJson.LON_LAT.createPoint(
                new Coordinate(PLANE.lon(eastM), PLANE.lat(northM)));
    }

    @Test
    void findsThePermitsWithinTheRadiusAndNoOthers() {
        List<SpecialWorkPermit> ps = new ArrayList<>();
        ps.add(at("near", point(29, 0)));
        ps.add(at("far", point(31, 0)));
        ps.add(at("other-cell", point(-20, -20)));
        Geometry square =
                WorkPermitJson.LON_LAT.createPolygon(
                        new Coordinate[] {
                            new Coordinate(PLANE.lon(100), PLANE.lat(100)),
                            new Coordinate(PLANE.lon(200), PLANE.lat(100)),
                            new Coordinate(PLANE.lon(200), PLANE.lat(200)),
                            new Coordinate(PLANE.lon(100), PLANE.lat(200)),
                            new Coordinate(PLANE.lon(100), PLANE.lat(100))
                        });
        ps.add(at("polygon", square));
        PermitGrid g = new PermitGrid(ps, 30, PLANE);
        List<PermitGrid.Hit> hits = g.near(PLANE.lon(0), PLANE.lat(0));
        assertEquals(
                List.of("other-cell", "near"), hits.stream().map(h -> h.permit().id()).toList());
        assertEquals(29, hits.get(1).distanceM(), 0.5);
        // 25 m east of the polygon's east edge, mid-height
        List<PermitGrid.Hit> poly = g.near(PLANE.lon(225), PLANE.lat(150));
        assertEquals(1, poly.size());
        assertEquals("polygon", poly.get(0).permit().id());
        assertTrue(g.near(PLANE.lon(235), PLANE.lat(150)).isEmpty());
        // inside the polygon: distance 0
        assertEquals(0, g.near(PLANE.lon(150), PLANE.lat(150)).get(0).distanceM(), 1e-6);
    }
}
