package org.parkwatch.model.geo;

/**
 * Park-scale lon/lat (EPSG:4326, degrees) to metres on a spherical Earth: a local equirectangular
 * plane about an origin (x east, y north), the great-circle distance and the bearing between two
 * points. Over a park a few kilometres across the plane differs from the great-circle distance by
 * far less than 0.1 %; far from the origin, near the poles or across the antimeridian it is not
 * meant to be used. Geometries that meet stored or imported data use the park's projected CRS
 * instead (backend {@code gis.MetricProjection}, EPSG:4547). Immutable and thread-safe.
 */
public final class LocalMetricPlane {
    /** Mean Earth radius R1 of the IUGG (Moritz, Geodetic Reference System 1980), m. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double lon0;
    private final double lat0;
    private final double cosLat0;

    /** A plane touching the sphere at (originLon, originLat), degrees. */
    public LocalMetricPlane(double originLon, double originLat) {
        this.lon0 = originLon;
        this.lat0 = originLat;
        this.cosLat0 = Math.cos(Math.toRadians(originLat));
    }

    /** Metres east of the origin at longitude {@code lon} (scaled at the origin's latitude). */
    public double eastM(double lon) {
        return Math.toRadians(lon - lon0) * EARTH_RADIUS_M * cosLat0;
    }

    /** Metres north of the origin at latitude {@code lat}. */
    public double northM(double lat) {
        return Math.toRadians(lat - lat0) * EARTH_RADIUS_M;
    }

    /** {x east, y north} of (lon, lat) in metres. */
    public double[] toMetres(double lon, double lat) {
        return new double[] {eastM(lon), northM(lat)};
    }

    /**
     * Longitude (degrees) of a point {@code eastM} metres east of the origin; inverse of {@link
     * #eastM}.
     */
    public double lon(double eastM) {
        return lon0 + Math.toDegrees(eastM / (EARTH_RADIUS_M * cosLat0));
    }

    /**
     * Latitude (degrees) of a point {@code northM} metres north of the origin; inverse of {@link
     * #northM}.
     */
    public double lat(double northM) {
        return lat0 + Math.toDegrees(northM / EARTH_RADIUS_M);
    }

    /** Great-circle (haversine) distance in metres between two lon/lat points in degrees. */
    public static double distanceM(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2)
                        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Bearing from (lon1, lat1) to (lon2, lat2), degrees clockwise from north in [0, 360), on the
     * local plane about the mid-latitude; at a few hundred metres it differs from the geodesic
     * initial bearing by far less than a degree.
     */
    public static double bearingDeg(double lon1, double lat1, double lon2, double lat2) {
        double dx =
                Math.toRadians(lon2 - lon1)
                        * EARTH_RADIUS_M
                        * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double dy = Math.toRadians(lat2 - lat1) * EARTH_RADIUS_M;
        double b = Math.toDegrees(Math.atan2(dx, dy));
        return b < 0 ? b + 360 : b;
    }
}
