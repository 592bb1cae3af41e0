package org.parkwatch.bridge.trucks;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a simulated truck is at a time: it drives its path in at a steady speed, stands at the end
 * (loading or unloading), drives the path back out, rests outside and starts again. A detour (the
 * truck-deviation scenario) is driven from where the truck is: to the detour's waypoints and back
 * onto its path where it left it. Positions are interpolated on a local equirectangular plane (good
 * to centimetres over a park's few kilometres). Not thread-safe.
 */
final class TruckDrive {
    /** A position with speed (km/h) and course (degrees clockwise from north). */
    record Fix(double lon, double lat, double speedKmh, int courseDeg) {}

    private static final double M_PER_DEG_LAT = 111_320;

    private final List<double[]> path;
    private final double speedMps;
    private final double standS;
    private final double restS;
    private double cycleStartS;
    private List<double[]> detour = List.of();
    private double detourStartS = Double.NaN;
    private double pausedS;

    /**
     * @param path lon/lat waypoints, outside the park to the site
     * @param offsetS how far into its cycle the truck is at time 0 (spreads a fleet out)
     */
    TruckDrive(List<double[]> path, double speedKmh, double standS, double restS, double offsetS) {
        this.path = List.copyOf(path);
        this.speedMps = speedKmh / 3.6;
        this.standS = standS;
        this.restS = restS;
        this.cycleStartS = -offsetS;
    }

    double pathM() {
        return length(path);
    }

    /** Starts a detour at {@code nowS} through the waypoints, back to where it left its path. */
    void detour(double nowS, List<double[]> waypoints) {
        Fix at = at(nowS);
        List<double[]> d = new ArrayList<>();
        d.add(new double[] {at.lon(), at.lat()});
        d.addAll(waypoints);
        d.add(new double[] {at.lon(), at.lat()});
        detour = d;
        detourStartS = nowS;
    }

    /** The truck at {@code nowS} (seconds on any steady clock). */
    Fix at(double nowS) {
        if (!Double.isNaN(detourStartS)) {
            double into = nowS - detourStartS;
            double len = length(detour);
            if (into < len / speedMps) return along(detour, into * speedMps, speedMps * 3.6);
            pausedS += len / speedMps;
            detourStartS = Double.NaN;
            detour = List.of();
        }
        double driveS = pathM() / speedMps;
        double cycle = 2 * driveS + standS + restS;
        double t = nowS - cycleStartS - pausedS;
        t = ((t % cycle) + cycle) % cycle;
        if (t < driveS) return along(path, t * speedMps, speedMps * 3.6);
        if (t < driveS + standS) return stand(path.get(path.size() - 1), path.get(path.size() - 2));
        if (t < 2 * driveS + standS) {
            List<double[]> back = new ArrayList<>(path);
            java.util.Collections.reverse(back);
            return along(back, (t - driveS - standS) * speedMps, speedMps * 3.6);
        }
        return stand(path.get(0), path.get(1));
    }

    private static Fix stand(double[] at, double[] from) {
        return new Fix(at[0], at[1], 0, course(from, at));
    }

    private static Fix along(List<double[]> pts, double m, double kmh) {
        for (int i = 1; i < pts.size(); i++) {
            double[] a = pts.get(i - 1);
            double[] b = pts.get(i);
            double seg = dist(a, b);
            if (m <= seg || i == pts.size() - 1) {
                double f = seg == 0 ? 1 : Math.min(1, m / seg);
                return new Fix(
                        a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), kmh, course(a, b));
            }
            m -= seg;
        }
        double[] last = pts.get(pts.size() - 1);
        return new Fix(last[0], last[1], 0, 0);
    }

    static double length(List<double[]> pts) {
        double s = 0;
        for (int i = 1; i < pts.size(); i++) s += dist(pts.get(i - 1), pts.get(i));
        return s;
    }

    private static double dist(double[] a, double[] b) {
        double dx = (b[0] - a[0]) * M_PER_DEG_LAT * Math.cos(Math.toRadians((a[1] + b[1]) / 2));
        double dy = (b[1] - a[1]) * M_PER_DEG_LAT;
        return Math.hypot(dx, dy);
    }

    private static int course(double[] a, double[] b) {
        double dx = (b[0] - a[0]) * Math.cos(Math.toRadians(a[1]));
        double dy = b[1] - a[1];
        int deg = (int) Math.round(Math.toDegrees(Math.atan2(dx, dy)));
        return (deg + 360) % 360;
    }
}
