package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Wind-direction confidence lines around a threat zone (as ALOHA draws them): the wedge within
 * which the cloud is expected to stay about 95 % of the time, ±1.96·σθ about the mean downwind
 * direction, with σθ the standard deviation of the horizontal wind direction of the stability class
 * (US NRC Regulatory Guide 1.23 (2007) Table 1, mid-points of the class bands [P]). Below {@link
 * ValidityLimits#LOW_WIND_M_PER_S} the direction is not known well enough for a wedge: the lines
 * open to a full circle and LOW_WIND_MEANDER says so.
 */
public final class ConfidenceLines {

    /** σθ (degrees) per class A–F: mid-points of the RG 1.23 bands (A taken at 25°). */
    static final double[] SIGMA_THETA_DEG = {25.0, 20.0, 15.0, 10.0, 5.65, 2.95};

    /** Two-sided 95 % normal quantile. */
    static final double Z95 = 1.96;

    /**
     * @param halfAngleDeg half-opening of the wedge about the downwind direction (180 = any
     *     direction)
     * @param lines the two confidence lines (local metres), empty for a full circle
     * @param area the wedge (or circle) out to the zone's reach (local metres)
     * @param warnings LOW_WIND_MEANDER when the wedge is a circle
     */
    public record Result(
            double halfAngleDeg, List<LineString> lines, Geometry area, List<Warning> warnings) {}

    private ConfidenceLines() {}

    /** Half-opening (degrees) for a class and the 10 m wind. */
    public static double halfAngleDeg(StabilityClass stability, double windSpeed10mMPerS) {
        if (windSpeed10mMPerS < ValidityLimits.LOW_WIND_M_PER_S) {
            return 180;
        }
        return Math.min(180, Z95 * SIGMA_THETA_DEG[stability.ordinal()]);
    }

    /**
     * The lines and wedge for a zone reaching {@code reachM} downwind of a source at (east, north),
     * wind FROM {@code windFromDeg}.
     */
    public static Result of(
            GeometryFactory factory,
            StabilityClass stability,
            double windSpeed10mMPerS,
            double windFromDeg,
            double reachM,
            double sourceEastM,
            double sourceNorthM) {
        double half = halfAngleDeg(stability, windSpeed10mMPerS);
        List<Warning> warnings = new ArrayList<>();
        if (half >= 180) {
            warnings.add(
                    Warning.of(WarningCode.LOW_WIND_MEANDER, "u = " + windSpeed10mMPerS + " m/s"));
            return new Result(
                    180,
                    List.of(),
                    ZoneGeometry.circle(factory, sourceEastM, sourceNorthM, reachM, 72),
                    warnings);
        }
        double toDeg = windFromDeg + 180;
        List<Coordinate> ring = new ArrayList<>();
        ring.add(new Coordinate(sourceEastM, sourceNorthM));
        int n = 24;
        for (int i = 0; i <= n; i++) {
            ring.add(point(sourceEastM, sourceNorthM, toDeg - half + 2 * half * i / n, reachM));
        }
        ring.add(new Coordinate(sourceEastM, sourceNorthM));
        Coordinate src = new Coordinate(sourceEastM, sourceNorthM);
        List<LineString> lines =
                List.of(
                        factory.createLineString(
                                new Coordinate[] {
                                    src, point(sourceEastM, sourceNorthM, toDeg - half, reachM)
                                }),
                        factory.createLineString(
                                new Coordinate[] {
                                    src, point(sourceEastM, sourceNorthM, toDeg + half, reachM)
                                }));
        return new Result(
                half, lines, factory.createPolygon(ring.toArray(new Coordinate[0])), warnings);
    }

    /** The point at bearing (degrees clockwise from north) and distance from (east, north). */
    private static Coordinate point(
            double east, double north, double bearingDeg, double distanceM) {
        double b = Math.toRadians(bearingDeg);
        return new Coordinate(east + distanceM * Math.sin(b), north + distanceM * Math.cos(b));
    }
}
