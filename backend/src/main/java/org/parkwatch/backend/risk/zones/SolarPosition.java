package org.parkwatch.backend.risk.zones;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The sun's elevation above the horizon for a place and time, low-precision astronomy: Cooper's
 * declination δ = 23.44°·sin(360°·(284 + N)/365) and the hour angle from local mean solar time (UTC
 * + lon/15 h). The equation of time (±16 min) is ignored: the elevation is then off by at most
 * about 4°, well inside the Pasquill insolation bands of {@link
 * org.parkwatch.model.consequence.PasquillClassifier#insolation} (35° and 60° boundaries).
 */
public final class SolarPosition {
    /** Obliquity of the ecliptic used by Cooper's formula, degrees (Cooper 1969). */
    static final double OBLIQUITY_DEG = 23.44;

    private SolarPosition() {}

    /**
     * @param lat latitude, degrees north
     * @param lon longitude, degrees east
     * @param timeMs instant, epoch milliseconds (UTC)
     * @return elevation in degrees, negative when the sun is below the horizon
     */
    public static double elevationDeg(double lat, double lon, long timeMs) {
        ZonedDateTime utc = Instant.ofEpochMilli(timeMs).atZone(ZoneOffset.UTC);
        int dayOfYear = utc.getDayOfYear();
        double declination =
                Math.toRadians(
                        OBLIQUITY_DEG * Math.sin(Math.toRadians(360.0 * (284 + dayOfYear) / 365)));
        double utcHours = utc.getHour() + utc.getMinute() / 60.0 + utc.getSecond() / 3600.0;
        double solarHours = utcHours + lon / 15.0;
        double hourAngle = Math.toRadians(15.0 * (solarHours - 12.0));
        double phi = Math.toRadians(lat);
        double sinElevation =
                Math.sin(phi) * Math.sin(declination)
                        + Math.cos(phi) * Math.cos(declination) * Math.cos(hourAngle);
        return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, sinElevation))));
    }
}
