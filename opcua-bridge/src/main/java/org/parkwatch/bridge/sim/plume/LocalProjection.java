package org.parkwatch.bridge.sim.plume;

/**
 * Equirectangular projection of EPSG:4326 lon/lat to local metres (x east, y north) around an origin; accurate to
 * well under 1 % over a few kilometres, enough at park scale. Earth mean radius 6 371 008.8 m (IUGG).
 */
public final class LocalProjection {
    static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double lon0;
    private final double lat0;
    private final double cosLat0;

    public LocalProjection(double originLon, double originLat) {
        this.lon0 = originLon;
        this.lat0 = originLat;
        this.cosLat0 = Math.cos(Math.toRadians(originLat));
    }

    /** Metres east of the origin. */
    public double eastM(double lon) {
        return Math.toRadians(lon - lon0) * EARTH_RADIUS_M * cosLat0;
    }

    /** Metres north of the origin. */
    public double northM(double lat) {
        return Math.toRadians(lat - lat0) * EARTH_RADIUS_M;
    }
}
