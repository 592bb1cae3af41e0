package org.parkwatch.backend.emergency;

import java.util.Locale;
import java.util.Optional;

/**
 * The default {@link TravelTimes}: straight-line (great-circle) distance × {@link #DETOUR_FACTOR}
 * at a configured speed. Every answer says it is such an estimate, not a road route.
 */
public final class StraightLineTravelTimes implements TravelTimes {
    /**
     * Road distance over straight-line distance. Circuity factors of road networks are commonly
     * 1.2–1.4 (Ballou et al. 2002, "Selected country circuity factors for road travel distance
     * estimation", Transportation Research Part A 36); 1.4 taken as the upper end for a park with a
     * grid of roads and few crossings. Status [U].
     */
    public static final double DETOUR_FACTOR = 1.4;

    /** Mean earth radius, m (IUGG). */
    static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double drivingKmPerH;
    private final double walkingKmPerH;

    /**
     * @param drivingKmPerH mean emergency-vehicle speed inside the park
     * @param walkingKmPerH walking speed of evacuees
     */
    public StraightLineTravelTimes(double drivingKmPerH, double walkingKmPerH) {
        if (!(drivingKmPerH > 0) || !(walkingKmPerH > 0)) {
            throw new IllegalArgumentException(
                    "speeds must be > 0 km/h but were " + drivingKmPerH + ", " + walkingKmPerH);
        }
        this.drivingKmPerH = drivingKmPerH;
        this.walkingKmPerH = walkingKmPerH;
    }

    @Override
    public Optional<TravelEstimate> estimate(
            double lon1, double lat1, double lon2, double lat2, Mode mode) {
        if (!Double.isFinite(lon1 + lat1 + lon2 + lat2)) return Optional.empty();
        double d = greatCircleM(lon1, lat1, lon2, lat2) * DETOUR_FACTOR;
        double kmh = mode == Mode.WALKING ? walkingKmPerH : drivingKmPerH;
        double s = d / (kmh / 3.6);
        String speed = String.format(Locale.ROOT, "%.0f", kmh);
        return Optional.of(
                new TravelEstimate(
                        d,
                        s,
                        false,
                        "估算：直线距离 × " + DETOUR_FACTOR + "（绕行系数），按 " + speed + " km/h；非道路路径",
                        "estimate: straight line × "
                                + DETOUR_FACTOR
                                + " (detour factor) at "
                                + speed
                                + " km/h; not a road route"));
    }

    /** Haversine distance, metres. */
    static double greatCircleM(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2)
                        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
