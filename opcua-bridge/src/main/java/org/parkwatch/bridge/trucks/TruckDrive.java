package org.parkwatch.bridge.trucks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a simulated truck is at a time: it drives its path in at a steady speed, stands at the end
 * (loading or unloading), drives the path back out, rests outside and starts again. A truck that
 * comes in by way of the park's hazmat parking lot ({@link #viaLot}) drives to its slot in the lot,
 * stands there for its parking time, then drives on to its site. A detour (the truck-deviation
 * scenario) is driven from where the truck is: to the detour's waypoints and back onto its schedule
 * where it left it. Positions are interpolated on a local equirectangular plane (good to
 * centimetres over a park's few kilometres). Not thread-safe.
 */
final class TruckDrive {
    /** A position with speed (km/h) and course (degrees clockwise from north). */
    record Fix(double lon, double lat, double speedKmh, int courseDeg) {}

    /**
     * One part of the cycle: driving {@code pts} (lon/lat) at the drive's speed, or standing at the
     * last of {@code pts} facing the way it came for {@code standS} seconds.
     */
    private record Leg(List<double[]> pts, double standS) {
        boolean standing() {
            return !Double.isNaN(standS);
        }
    }

    private static final double M_PER_DEG_LAT = 111_320;

    private final List<double[]> path;
    private final double speedMps;
    private final List<Leg> legs = new ArrayList<>();
    private final double cycleS;
    private double cycleStartS;
    private List<double[]> detour = List.of();
    private double detourStartS = Double.NaN;
    private double pausedS;

    /**
     * @param path lon/lat waypoints, outside the park to the site
     * @param offsetS how far into its cycle the truck is at time 0 (spreads a fleet out)
     */
    TruckDrive(List<double[]> path, double speedKmh, double standS, double restS, double offsetS) {
        this(path, List.of(), Double.NaN, path, speedKmh, standS, restS, offsetS);
    }

    private TruckDrive(
            List<double[]> path,
            List<double[]> toLot,
            double parkS,
            List<double[]> toSite,
            double speedKmh,
            double standS,
            double restS,
            double offsetS) {
        this.path = List.copyOf(path);
        this.speedMps = speedKmh / 3.6;
        if (!toLot.isEmpty()) {
            legs.add(new Leg(List.copyOf(toLot), Double.NaN));
            legs.add(new Leg(List.copyOf(toLot), parkS));
        }
        legs.add(new Leg(List.copyOf(toSite), Double.NaN));
        legs.add(new Leg(List.copyOf(toSite), standS));
        List<double[]> back = new ArrayList<>(path);
        Collections.reverse(back);
        legs.add(new Leg(List.copyOf(back), Double.NaN));
        legs.add(new Leg(List.copyOf(back), restS));
        double c = 0;
        for (Leg l : legs) c += seconds(l);
        this.cycleS = c;
        this.cycleStartS = -offsetS;
    }

    /**
     * A truck that drives {@code toLot} (outside the park to its slot in the hazmat parking lot),
     * stands there {@code parkS} seconds, drives {@code toSite}, stands {@code standS} at its site,
     * drives {@code path} back out and rests {@code restS}.
     */
    static TruckDrive viaLot(
            List<double[]> path,
            List<double[]> toLot,
            double parkS,
            List<double[]> toSite,
            double speedKmh,
            double standS,
            double restS,
            double offsetS) {
        if (toLot.size() < 2 || toSite.size() < 2 || !(parkS >= 0))
            throw new IllegalArgumentException(
                    "a lot visit needs 2 waypoints each way and a parking time >= 0 s");
        return new TruckDrive(path, toLot, parkS, toSite, speedKmh, standS, restS, offsetS);
    }

    double pathM() {
        return length(path);
    }

    /** One whole cycle (in, parked, standing, out, resting), s. */
    double cycleS() {
        return cycleS;
    }

    private double seconds(Leg l) {
        return l.standing() ? l.standS() : length(l.pts()) / speedMps;
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
        double t = nowS - cycleStartS - pausedS;
        t = ((t % cycleS) + cycleS) % cycleS;
        for (Leg l : legs) {
            double s = seconds(l);
            if (t < s) {
                List<double[]> pts = l.pts();
                if (l.standing()) return stand(pts.get(pts.size() - 1), pts.get(pts.size() - 2));
                return along(pts, t * speedMps, speedMps * 3.6);
            }
            t -= s;
        }
        return stand(path.get(0), path.get(1)); // t == cycle by rounding: resting outside
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
