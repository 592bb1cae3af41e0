package org.parkwatch.backend.linkage;

/**
 * Whether a fixed camera sees a point: within its range and inside its view cone {@code headingDeg ± fovDeg/2}.
 * Bearings in degrees clockwise from north; park-scale local plane (equirectangular about the camera), which at a few
 * hundred metres differs from the geodesic bearing by far less than a degree.
 */
public final class CameraView {
    /** Mean Earth radius, m (IUGG R1), the same as the correlation geometry. */
    static final double EARTH_RADIUS_M = 6_371_008.8;
    /** Closer than this the point is at the camera's foot: seen whatever the heading, m. [U] working value */
    static final double AT_CAMERA_M = 2.0;

    private CameraView() {
    }

    /** Bearing from (lon1, lat1) to (lon2, lat2), degrees in [0, 360). */
    public static double bearingDeg(double lon1, double lat1, double lon2, double lat2) {
        double dx = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2)) * EARTH_RADIUS_M;
        double dy = Math.toRadians(lat2 - lat1) * EARTH_RADIUS_M;
        double b = Math.toDegrees(Math.atan2(dx, dy));
        return b < 0 ? b + 360 : b;
    }

    /** Smallest angle between two bearings, degrees in [0, 180]. */
    public static double angleBetween(double a, double b) {
        double d = Math.abs(((a - b) % 360 + 360) % 360);
        return d > 180 ? 360 - d : d;
    }

    /**
     * @param distanceM distance camera → point, m
     * @param bearingDeg bearing camera → point, degrees
     */
    public static boolean sees(double headingDeg, double fovDeg, double rangeM, double distanceM, double bearingDeg) {
        if (distanceM > rangeM) return false;
        if (distanceM < AT_CAMERA_M || fovDeg >= 360) return true;
        return angleBetween(headingDeg, bearingDeg) <= fovDeg / 2;
    }
}
