package org.parkwatch.backend.linkage;

import org.parkwatch.model.geo.LocalMetricPlane;

/**
 * Whether a fixed camera sees a point: within its range and inside its view cone {@code headingDeg
 * ± fovDeg/2}. Bearings in degrees clockwise from north ({@link LocalMetricPlane#bearingDeg}).
 */
public final class CameraView {
    /**
     * Closer than this the point is at the camera's foot: seen whatever the heading, m. [U] working
     * value
     */
    static final double AT_CAMERA_M = 2.0;

    private CameraView() {}

    /** Bearing from (lon1, lat1) to (lon2, lat2), degrees in [0, 360). */
    public static double bearingDeg(double lon1, double lat1, double lon2, double lat2) {
        return LocalMetricPlane.bearingDeg(lon1, lat1, lon2, lat2);
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
    public static boolean sees(
            double headingDeg, double fovDeg, double rangeM, double distanceM, double bearingDeg) {
        if (distanceM > rangeM) return false;
        if (distanceM < AT_CAMERA_M || fovDeg >= 360) return true;
        return angleBetween(headingDeg, bearingDeg) <= fovDeg / 2;
    }
}
