package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Builds threat-zone footprints for thresholds. Plume zones: the centreline is scanned on a
 * logarithmic grid, the first and last crossings refined by bisection, and the crosswind half-width
 * solved at {@link #SAMPLES} downwind stations (denser near the ends); the polygon is then rotated
 * by the wind into local metres. Zones are nested by construction: all zones of a plume share the
 * downwind stations and each half-width is clamped to the next outer zone's. Circular zones (fires,
 * explosions) come from a radius; concentric circles of decreasing level nest.
 */
public final class ThreatZoneBuilder {

    /** Downwind stations per plume footprint. */
    public static final int SAMPLES = 128;

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
     * @param field concentration field (kg/m³)
     * @param thresholds levels in ppm, ordered most severe (highest) first
     * @param molarMassKgPerMol for the ppm → kg/m³ conversion at 25 °C
     * @param windFromDeg wind FROM direction (degrees clockwise from north)
     * @param sourceEastM source position, local metres east
     * @param sourceNorthM source position, local metres north
     * @param warnings validity warnings to attach to each zone
     */
    public List<ThreatZone> plumeZones(
            PlumeField field,
            List<Threshold> thresholds,
            double molarMassKgPerMol,
            double windFromDeg,
            double sourceEastM,
            double sourceNorthM,
            List<Warning> warnings) {
        double[] kgPerM3 = new double[thresholds.size()];
        for (int k = 0; k < kgPerM3.length; k++) {
            kgPerM3[k] = ToxicProbit.ppmToKgPerM3(thresholds.get(k).value(), molarMassKgPerMol);
        }
        return plumeZonesKgPerM3(
                field, thresholds, kgPerM3, windFromDeg, sourceEastM, sourceNorthM, warnings);
    }

    /** One plume footprint for a threshold already in kg/m³. */
    public ThreatZone plumeZone(
            PlumeField field,
            Threshold threshold,
            double thresholdKgPerM3,
            double windFromDeg,
            double sourceEastM,
            double sourceNorthM,
            List<Warning> warnings) {
        return plumeZonesKgPerM3(
                        field,
                        List.of(threshold),
                        new double[] {thresholdKgPerM3},
                        windFromDeg,
                        sourceEastM,
                        sourceNorthM,
                        warnings)
                .get(0);
    }

    /**
     * Plume zones for thresholds in kg/m³, most severe first. All zones share one set of downwind
     * stations (the union of each zone's own cosine-spaced stations) and each zone's half-width is
     * clamped to the next outer zone's, so the zones nest exactly in plume co-ordinates without
     * polygon overlay.
     */
    public List<ThreatZone> plumeZonesKgPerM3(
            PlumeField field,
            List<Threshold> thresholds,
            double[] kgPerM3,
            double windFromDeg,
            double sourceEastM,
            double sourceNorthM,
            List<Warning> warnings) {
        int n = thresholds.size();
        double[][] ranges = new double[n][];
        TreeSet<Double> stations = new TreeSet<>();
        for (int k = 0; k < n; k++) {
            ranges[k] = centrelineRange(field, kgPerM3[k]);
            if (ranges[k] != null) {
                for (int i = 0; i <= SAMPLES; i++) {
                    double s = 0.5 - 0.5 * Math.cos(Math.PI * i / SAMPLES);
                    stations.add(ranges[k][0] + s * (ranges[k][1] - ranges[k][0]));
                }
            }
        }
        double[] xs = stations.stream().mapToDouble(Double::doubleValue).toArray();
        double[] outer = null;
        ThreatZone[] zones = new ThreatZone[n];
        for (int k = n - 1; k >= 0; k--) {
            if (ranges[k] == null) {
                zones[k] =
                        new ThreatZone(thresholds.get(k), 0, 0, factory.createPolygon(), warnings);
                outer = new double[xs.length];
                continue;
            }
            double[] w = new double[xs.length];
            double maxHalf = 0;
            for (int i = 0; i < xs.length; i++) {
                if (xs[i] > ranges[k][0] && xs[i] < ranges[k][1]) {
                    w[i] = field.halfWidthM(xs[i], kgPerM3[k]);
                    if (outer != null) {
                        w[i] = Math.min(w[i], outer[i]);
                    }
                    maxHalf = Math.max(maxHalf, w[i]);
                }
            }
            Geometry local = outline(xs, w, ranges[k][0], ranges[k][1]);
            Geometry placed = ZoneGeometry.toLocal(local, windFromDeg, sourceEastM, sourceNorthM);
            zones[k] =
                    new ThreatZone(
                            thresholds.get(k),
                            ranges[k][1],
                            maxHalf,
                            placed,
                            withScanLimit(warnings, field, kgPerM3[k], ranges[k][1]));
            outer = w;
        }
        return List.of(zones);
    }

    /**
     * The zone's warnings, plus SCAN_LIMIT when its centreline is still at or above the level at
     * the end of the scan: the drawn distance is then a lower bound ("≥ limit"), not the reach.
     */
    private static List<Warning> withScanLimit(
            List<Warning> warnings, PlumeField field, double threshold, double lastM) {
        if (!reachesScanLimit(field, threshold, lastM)) {
            return warnings;
        }
        List<Warning> out = new ArrayList<>(warnings);
        out.add(Warning.of(WarningCode.SCAN_LIMIT, "≥ " + Math.round(lastM) + " m"));
        return List.copyOf(out);
    }

    /** True when a zone whose last crossing was found at {@code lastM} is cut by the scan range. */
    public static boolean reachesScanLimit(PlumeField field, double threshold, double lastM) {
        return lastM * SCAN_RATIO > SCAN_END_M && field.centrelineKgPerM3(lastM) >= threshold;
    }

    /** The polygon {x0 ≤ x ≤ x1, |y| ≤ w(x)} through the stations strictly inside (x0, x1). */
    private Geometry outline(double[] xs, double[] w, double x0, double x1) {
        List<Coordinate> upper = new ArrayList<>();
        upper.add(new Coordinate(x0, 0));
        boolean pinched = false;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] > x0 && xs[i] < x1) {
                upper.add(new Coordinate(xs[i], w[i]));
                pinched |= w[i] <= 0;
            }
        }
        upper.add(new Coordinate(x1, 0));
        List<Coordinate> ring = new ArrayList<>(upper);
        for (int i = upper.size() - 2; i >= 1; i--) {
            Coordinate c = upper.get(i);
            ring.add(new Coordinate(c.x, -c.y));
        }
        ring.add(ring.get(0).copy());
        if (ring.size() < 4) {
            return factory.createPolygon();
        }
        Geometry polygon = factory.createPolygon(ring.toArray(new Coordinate[0]));
        // an x-monotone outline with positive half-widths is a simple ring; only a pinch (w = 0
        // inside) needs repair
        return pinched ? polygon.buffer(0) : polygon;
    }

    /**
     * Circular zones for an effect that falls with distance (e.g. flux or overpressure), most
     * severe first.
     *
     * @param distanceForLevel maps a threshold value (in the threshold's unit) to its radius (m);
     *     NaN or ≤ 0 means not reached
     */
    public List<ThreatZone> circularZones(
            List<Threshold> thresholds,
            DoubleUnaryOperator distanceForLevel,
            double centreEastM,
            double centreNorthM,
            List<Warning> warnings) {
        List<ThreatZone> zones = new ArrayList<>();
        for (Threshold t : thresholds) {
            double r = distanceForLevel.applyAsDouble(t.value());
            if (!(r > 0)) {
                zones.add(new ThreatZone(t, 0, 0, factory.createPolygon(), warnings));
            } else {
                zones.add(
                        new ThreatZone(
                                t,
                                r,
                                r,
                                ZoneGeometry.circle(
                                        factory, centreEastM, centreNorthM, r, CIRCLE_SEGMENTS),
                                warnings));
            }
        }
        return zones;
    }

    /**
     * [first, last] downwind distance (m) where the centreline reaches the threshold, or null if
     * never.
     */
    public static double[] centrelineRange(PlumeField field, double threshold) {
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
        last =
                Double.isNaN(nextBelow)
                        ? lastAbove
                        : bisect(field, threshold, lastAbove, nextBelow, false);
        return new double[] {first, last};
    }

    /** Crossing in [lo, hi]; {@code rising} when the value is below at lo and above at hi. */
    private static double bisect(
            PlumeField field, double threshold, double lo, double hi, boolean rising) {
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
