package org.parkwatch.backend.alarm.correlation;

import java.util.Collection;

/** Small geodesy helpers for park-scale distances (a few km), on a spherical Earth. */
public final class Geo {
    /** Mean Earth radius, m (IUGG mean radius R1). */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geo() {
    }

    /** Great-circle (haversine) distance in metres between two lon/lat points in degrees. */
    public static double distanceM(LonLat a, LonLat b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Centroid of points by averaging lon and lat: within a park (≪ 100 km, far from the poles and the antimeridian)
     * the error against a projected centroid is far below a metre.
     */
    public static LonLat centroid(Collection<LonLat> points) {
        if (points.isEmpty()) throw new IllegalArgumentException("centroid of no points");
        double lon = 0;
        double lat = 0;
        for (LonLat p : points) {
            lon += p.lon();
            lat += p.lat();
        }
        return new LonLat(lon / points.size(), lat / points.size());
    }
}
