package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Builds threat-zone footprints for thresholds. Plume zones: the centreline is scanned on a logarithmic grid, the
 * first and last crossings refined by bisection, and the crosswind half-width solved at {@link #SAMPLES} downwind
 * stations (denser near the ends); the polygon is then rotated by the wind into local metres. Zones are nested by
 * construction: each more severe zone is clipped to the one outside it. Circular zones (fires, explosions) come from
 * a radius.
 */
public final class ThreatZoneBuilder {

    /** Downwind stations per plume footprint. */
    public static final int SAMPLES = 96;
    /** Segments of a circular zone. */
    public static final int CIRCLE_SEGMENTS = 72;
    /** Scan range (m) and ratio of the centreline search. */
    static final double SCAN_START_M = 0.5;
    static final double SCAN_END_M = 50_000;
    static final double SCAN_RATIO = 1.02;

    private final GeometryFactory factory;

    public ThreatZoneBuilder(GeometryFactory factory) {
        this.factory = factory;
    }

    public ThreatZoneBuilder() {
        this(new GeometryFactory());
    }

    /**
     * Toxic zones of a plume for thresholds in ppm, most severe first.
     *
     * @param field              concentration field (kg/m³)
     * @param thresholds         levels in ppm, ordered most severe (highest) first
     * @param molarMassKgPerMol  for the ppm → kg/m³ conversion at 25 °C
     * @param windFromDeg        wind FROM direction (degrees clockwise from north)
     * @param sourceEastM        source position, local metres east
     * @param sourceNorthM       source position, local metres north
     * @param warnings           validity warnings to attach to each zone
     */
    public List<ThreatZone> plumeZones(PlumeField field, List<Threshold> thresholds, double molarMassKgPerMol,
                                      double windFromDeg, double sourceEastM, double sourceNorthM,
                                      List<Warning> warnings) {
        List<ThreatZone> zones = new ArrayList<>();
        for (Threshold t : thresholds) {
            double kgPerM3 = ToxicProbit.ppmToKgPerM3(t.value(), molarMassKgPerMol);
            zones.add(plumeZone(field, t, kgPerM3, windFromDeg, sourceEastM, sourceNorthM, warnings));
        }
        return nest(zones);
    }

    /** One plume footprint for a threshold already in kg/m³. */
    public ThreatZone plumeZone(PlumeField field, Threshold threshold, double thresholdKgPerM3, double windFromDeg,
                                double sourceEastM, double sourceNorthM, List<Warning> warnings) {
        double[] range = centrelineRange(field, thresholdKgPerM3);
        if (range == null) {
            return new ThreatZone(threshold, 0, 0, factory.createPolygon(), warnings);
        }
        double x0 = range[0];
        double x1 = range[1];
        List<Coordinate> upper = new ArrayList<>();
        double maxHalf = 0;
        for (int i = 0; i <= SAMPLES; i++) {
            // cosine spacing: dense near both ends where the outline curves fastest
            double s = 0.5 - 0.5 * Math.cos(Math.PI * i / SAMPLES);
            double x = x0 + s * (x1 - x0);
            double w = (i == 0 || i == SAMPLES) ? 0.0 : field.halfWidthM(x, thresholdKgPerM3);
            maxHalf = Math.max(maxHalf, w);
            upper.add(new Coordinate(x, w));
        }
        List<Coordinate> ring = new ArrayList<>(upper);
        for (int i = upper.size() - 2; i >= 1; i--) {
            Coordinate c = upper.get(i);
            ring.add(new Coordinate(c.x, -c.y));
        }
        ring.add(ring.get(0).copy());
        Geometry local = factory.createPolygon(ring.toArray(new Coordinate[0]));
        if (!local.isValid()) {
            local = local.buffer(0);
        }
        Geometry placed = ZoneGeometry.toLocal(local, windFromDeg, sourceEastM, sourceNorthM);
        return new ThreatZone(threshold, x1, maxHalf, placed, warnings);
    }

    /**
     * Circular zones for an effect that falls with distance (e.g. flux or overpressure), most severe first.
     *
     * @param distanceForLevel maps a threshold value (in the threshold's unit) to its radius (m); NaN or ≤ 0 means
     *                         not reached
     */
    public List<ThreatZone> circularZones(List<Threshold> thresholds, DoubleUnaryOperator distanceForLevel,
                                          double centreEastM, double centreNorthM, List<Warning> warnings) {
        List<ThreatZone> zones = new ArrayList<>();
        for (Threshold t : thresholds) {
            double r = distanceForLevel.applyAsDouble(t.value());
            if (!(r > 0)) {
                zones.add(new ThreatZone(t, 0, 0, factory.createPolygon(), warnings));
            } else {
                zones.add(new ThreatZone(t, r, r,
                        ZoneGeometry.circle(factory, centreEastM, centreNorthM, r, CIRCLE_SEGMENTS), warnings));
            }
        }
        return nest(zones);
    }

    /** Clips each zone to the next less severe one so that the zones nest exactly. */
    private static List<ThreatZone> nest(List<ThreatZone> severeFirst) {
        List<ThreatZone> out = new ArrayList<>(severeFirst);
        for (int i = out.size() - 2; i >= 0; i--) {
            ThreatZone inner = out.get(i);
            Geometry outer = out.get(i + 1).area();
            if (!inner.area().isEmpty() && !outer.covers(inner.area())) {
                out.set(i, new ThreatZone(inner.threshold(), inner.distanceM(), inner.maxHalfWidthM(),
                        inner.area().intersection(outer), inner.warnings()));
            }
        }
        return out;
    }

    /** [first, last] downwind distance (m) where the centreline reaches the threshold, or null if never. */
    static double[] centrelineRange(PlumeField field, double threshold) {
        double first = Double.NaN;
        double last = Double.NaN;
        double prevX = Double.NaN;
        double lastAbove = Double.NaN;
        double nextBelow = Double.NaN;
        for (double x = SCAN_START_M; x <= SCAN_END_M; x *= SCAN_RATIO) {
            boolean above = field.centrelineKgPerM3(x) >= threshold;
            if (above && Double.isNaN(first)) {
                first = Double.isNaN(prevX) ? x : bisect(field, threshold, prevX, x, true);
            }
            if (above) {
                lastAbove = x;
                nextBelow = Double.NaN;
            } else if (!Double.isNaN(lastAbove) && Double.isNaN(nextBelow)) {
                nextBelow = x;
            }
            prevX = x;
        }
        if (Double.isNaN(first)) {
            return null;
        }
        last = Double.isNaN(nextBelow) ? lastAbove : bisect(field, threshold, lastAbove, nextBelow, false);
        return new double[] {first, last};
    }

    /** Crossing in [lo, hi]; {@code rising} when the value is below at lo and above at hi. */
    private static double bisect(PlumeField field, double threshold, double lo, double hi, boolean rising) {
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            boolean above = field.centrelineKgPerM3(mid) >= threshold;
            if (above == rising) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return rising ? hi : lo;
    }
}
