package org.parkwatch.backend.publicdisplay;

import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.geo.LocalMetricPlane;

/**
 * Distance from a point to the nearest installation (tank, unit, warehouse, detector, camera…),
 * metres: zero inside an installation's outline, else to its nearest edge or point. Works in a
 * {@link LocalMetricPlane} around the park's centre, whose error over a park a few kilometres
 * across is far below a metre at the 50 m scale it guards. Pure: coordinates are EPSG:4326 lon/lat
 * arrays.
 */
public final class InstallationClearance {
    private final LocalMetricPlane plane;
    private final List<double[]> points = new ArrayList<>();
    private final List<double[][]> segments = new ArrayList<>();
    private final List<List<double[]>> rings = new ArrayList<>();

    public InstallationClearance(double centreLon, double centreLat) {
        this.plane = new LocalMetricPlane(centreLon, centreLat);
    }

    public void addPoint(double lon, double lat) {
        points.add(xy(lon, lat));
    }

    /**
     * A line (open) or a polygon ring (closed, {@code area} true: points inside count as distance
     * 0).
     */
    public void addPath(List<double[]> lonLats, boolean area) {
        List<double[]> ring = new ArrayList<>(lonLats.size());
        for (double[] c : lonLats) ring.add(xy(c[0], c[1]));
        for (int i = 1; i < ring.size(); i++)
            segments.add(new double[][] {ring.get(i - 1), ring.get(i)});
        if (ring.size() == 1) points.add(ring.get(0));
        if (area && ring.size() >= 3) rings.add(ring);
    }

    /** Metres from (lon, lat) to the nearest installation; +∞ when there is none. */
    public double distanceM(double lon, double lat) {
        double[] p = xy(lon, lat);
        for (List<double[]> ring : rings) if (inside(p, ring)) return 0;
        double best = Double.POSITIVE_INFINITY;
        for (double[] q : points) best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
        for (double[][] s : segments) best = Math.min(best, toSegment(p, s[0], s[1]));
        return best;
    }

    private double[] xy(double lon, double lat) {
        return plane.toMetres(lon, lat);
    }

    private static double toSegment(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        double t =
                len2 == 0
                        ? 0
                        : Math.max(
                                0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
        return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
    }

    /** Even-odd ray casting. */
    private static boolean inside(double[] p, List<double[]> ring) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i), b = ring.get(j);
            if ((a[1] > p[1]) != (b[1] > p[1])
                    && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }
}
