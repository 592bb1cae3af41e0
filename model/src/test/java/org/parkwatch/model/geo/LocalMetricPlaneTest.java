package org.parkwatch.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Expected values are R1·Δφ in radians with R1 = 6 371 008.8 m (IUGG): one degree of latitude = 111
 * 195.08 m.
 */
class LocalMetricPlaneTest {
    private static final double ONE_DEGREE_M = 6_371_008.8 * Math.PI / 180;

    @Test
    void oneDegreeOfLatitudeIsTheSameOnThePlaneAndOnTheGreatCircle() {
        assertEquals(111_195.08, ONE_DEGREE_M, 0.01);
        assertEquals(ONE_DEGREE_M, new LocalMetricPlane(113.95, 35.0).northM(36.0), 1e-6);
        assertEquals(ONE_DEGREE_M, LocalMetricPlane.distanceM(113.95, 35.0, 113.95, 36.0), 1e-6);
    }

    @Test
    void eastIsScaledByTheCosineOfTheOriginLatitude() {
        LocalMetricPlane plane = new LocalMetricPlane(10.0, 60.0);
        assertEquals(ONE_DEGREE_M / 2, plane.eastM(11.0), 1e-6);
        assertEquals(-ONE_DEGREE_M / 2, plane.toMetres(9.0, 60.0)[0], 1e-6);
        assertEquals(0.0, plane.toMetres(9.0, 60.0)[1], 0.0);
    }

    @Test
    void planeAndGreatCircleAgreeAtParkScale() {
        LocalMetricPlane plane = new LocalMetricPlane(113.95, 35.25);
        double[] xy = plane.toMetres(113.96, 35.26);
        double onPlane = Math.hypot(xy[0], xy[1]);
        double greatCircle = LocalMetricPlane.distanceM(113.95, 35.25, 113.96, 35.26);
        assertEquals(greatCircle, onPlane, greatCircle * 1e-4);
    }

    @Test
    void bearingsRunClockwiseFromNorth() {
        assertEquals(0.0, LocalMetricPlane.bearingDeg(113.95, 35.25, 113.95, 35.26), 1e-9);
        assertEquals(90.0, LocalMetricPlane.bearingDeg(113.95, 35.25, 113.96, 35.25), 1e-9);
        assertEquals(180.0, LocalMetricPlane.bearingDeg(113.95, 35.26, 113.95, 35.25), 1e-9);
        assertEquals(270.0, LocalMetricPlane.bearingDeg(113.96, 35.25, 113.95, 35.25), 1e-9);
    }
}
