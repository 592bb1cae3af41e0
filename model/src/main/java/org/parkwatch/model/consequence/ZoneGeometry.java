package org.parkwatch.model.consequence;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Places zone shapes in local metres (x east, y north). Plume co-ordinates have x downwind and y
 * crosswind to the left of the downwind direction. Wind direction is meteorological: the direction
 * the wind comes FROM, in degrees clockwise from north, so a plume under a 0° (north) wind travels
 * south.
 */
public final class ZoneGeometry {

    private ZoneGeometry() {}

    /** Transformation from plume co-ordinates to local metres for a source at (east, north). */
    public static AffineTransformation plumeToLocal(
            double windFromDeg, double sourceEastM, double sourceNorthM) {
        double t = Math.toRadians(windFromDeg);
        double dE = -Math.sin(t);
        double dN = -Math.cos(t);
        double nE = -dN;
        double nN = dE;
        // E = dE·x + nE·y + e0 ; N = dN·x + nN·y + n0
        return new AffineTransformation(dE, nE, sourceEastM, dN, nN, sourceNorthM);
    }

    /** A plume-co-ordinate geometry rotated and translated into local metres. */
    public static Geometry toLocal(
            Geometry plumeGeometry, double windFromDeg, double sourceEastM, double sourceNorthM) {
        return plumeToLocal(windFromDeg, sourceEastM, sourceNorthM).transform(plumeGeometry);
    }

    /**
     * Plume co-ordinates {downwind, crosswind} (m) of a local point, the inverse of {@link
     * #plumeToLocal}.
     */
    public static double[] localToPlume(
            double eastM,
            double northM,
            double windFromDeg,
            double sourceEastM,
            double sourceNorthM) {
        double t = Math.toRadians(windFromDeg);
        double dE = -Math.sin(t);
        double dN = -Math.cos(t);
        double e = eastM - sourceEastM;
        double n = northM - sourceNorthM;
        return new double[] {e * dE + n * dN, e * (-dN) + n * dE};
    }

    /** A circle of radius r (m) as a polygon with the given number of segments. */
    public static Polygon circle(
            GeometryFactory factory,
            double centreEastM,
            double centreNorthM,
            double radiusM,
            int segments) {
        Coordinate[] ring = new Coordinate[segments + 1];
        for (int i = 0; i < segments; i++) {
            double a = 2 * Math.PI * i / segments;
            ring[i] =
                    new Coordinate(
                            centreEastM + radiusM * Math.cos(a),
                            centreNorthM + radiusM * Math.sin(a));
        }
        ring[segments] = ring[0].copy();
        return factory.createPolygon(ring);
    }
}
