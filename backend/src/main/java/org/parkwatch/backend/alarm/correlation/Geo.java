package org.parkwatch.backend.alarm.correlation;

import java.util.Collection;
import org.parkwatch.model.geo.LocalMetricPlane;

/**
 * Park-scale geodesy on {@link LonLat} points: distance ({@link LocalMetricPlane}) and centroid.
 */
public final class Geo {

    private Geo() {}

    /** Great-circle (haversine) distance in metres between two lon/lat points in degrees. */
    public static double distanceM(LonLat a, LonLat b) {
        return LocalMetricPlane.distanceM(a.lon(), a.lat(), b.lon(), b.lat());
    }

    /**
     * Centroid of points by averaging lon and lat: within a park (≪ 100 km, far from the poles and
     * the antimeridian) the error against a projected centroid is far below a metre.
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
