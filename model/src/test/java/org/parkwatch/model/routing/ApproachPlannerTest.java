package org.parkwatch.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * A cross of roads through the release at (0, 0) inside a ring road 1000 m out; the wind from the
 * west (270°) carries the ERPG-3 zone east.
 */
class ApproachPlannerTest {
    private static final double WIND_FROM_WEST = 270;
    private static final Geometry ERPG3_AREA = Net.box(-150, -200, 1500, 200);
    private static final DangerZone ERPG3 =
            new DangerZone("toxic:ERPG-3", ERPG3_AREA, 3, true, true);

    private static RoadGraph cross() {
        return new Net()
                .road("ew", -2000, 0, 2000, 0)
                .road("ns", 0, -1000, 0, 1000)
                .road("north", -2000, 1000, 2000, 1000)
                .road("south", -2000, -1000, 2000, -1000)
                .road("west", -2000, -1000, -2000, 1000)
                .road("east", 2000, -1000, 2000, 1000)
                .graph();
    }

    private static ApproachPlan plan(double windFromDeg, Responder... responders) {
        return new ApproachPlanner(cross())
                .plan(
                        Net.lon(0),
                        Net.lat(0),
                        windFromDeg,
                        List.of(ERPG3),
                        List.of(responders),
                        TravelMode.DRIVE);
    }

    @Test
    void anUpwindResponderStopsAtTheZonesUpwindEdge() {
        ApproachPlan p = plan(WIND_FROM_WEST, new Responder("F1", Net.lon(-1800), Net.lat(0)));
        ApproachRoute r = p.routes().get(0);
        assertEquals(Net.lon(-200), r.stagingLon(), 1e-6, "first node west of the zone edge");
        assertEquals(Net.lat(0), r.stagingLat(), 1e-6);
        assertEquals(200, r.stagingFromSourceM(), 0.5);
        assertEquals(0, r.offUpwindDeg(), 0.5);
        assertEquals(RoutingSpeeds.UPWIND_HALF_ANGLE_DEG, r.sectorHalfAngleDeg());
        assertEquals(1600, r.distanceM(), 1);
        assertFalse(r.line().intersects(ERPG3_AREA));
    }

    @Test
    void aDownwindResponderGoesRoundTheZoneToTheUpwindSide() {
        ApproachPlan p = plan(WIND_FROM_WEST, new Responder("F2", Net.lon(1800), Net.lat(0)));
        ApproachRoute r = p.routes().get(0);
        assertEquals(Net.lon(-200), r.stagingLon(), 1e-6);
        assertFalse(r.line().intersects(ERPG3_AREA), "never through the ERPG-3 zone");
        assertTrue(r.distanceM() > 3000, "round by the ring road: " + r.distanceM());
    }

    @Test
    void theStagingPointFollowsTheWind() {
        ApproachPlan p = plan(0, new Responder("F1", Net.lon(-1800), Net.lat(0)));
        ApproachRoute r = p.routes().get(0);
        assertEquals(Net.lon(0), r.stagingLon(), 1e-6);
        assertEquals(Net.lat(300), r.stagingLat(), 1e-6, "north of the zone, wind from the north");
    }

    @Test
    void aResponderInsideTheNoEntryZoneGetsAFinding() {
        ApproachPlan p = plan(WIND_FROM_WEST, new Responder("IN", Net.lon(600), Net.lat(0)));
        assertTrue(p.routes().isEmpty());
        assertEquals("in-no-entry-zone", p.findings().get(0).reason());
    }
}
