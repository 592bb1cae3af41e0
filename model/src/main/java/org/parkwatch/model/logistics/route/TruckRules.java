package org.parkwatch.model.logistics.route;

import org.parkwatch.model.routing.RoutingSpeeds;

/**
 * The numbers by which a hazmat truck's conduct is judged, with their sources and status ([U] = not
 * yet checked against the park's own traffic rules; to be confirmed by the park's safety office).
 *
 * @param corridorM half-width of the permitted corridor around the route, m
 * @param roadMatchM a position this close to a road centre line is on that road, m
 * @param stopBelowKmh a truck slower than this is standing, km/h
 * @param maxDwellOutsideS longest stop outside a permitted place before it is a breach, s
 * @param defaultLimitKmh speed limit off the mapped roads (yards, unmapped lanes), km/h
 * @param speedToleranceKmh a speed above the limit by no more than this is not a breach, km/h
 */
public record TruckRules(
        double corridorM,
        double roadMatchM,
        double stopBelowKmh,
        long maxDwellOutsideS,
        double defaultLimitKmh,
        double speedToleranceKmh) {

    /**
     * Corridor half-width, m: the widest park road is 24 m (gis-data roads layer, 纬二路), a vehicle
     * terminal's GNSS fix is good to about 10–15 m in open sky (JT/T 794 asks for a horizontal
     * error of at most 15 m, as we read it; not checked against the text) and a fix lags the truck
     * by up to one report interval; 50 m keeps a truck on its road clear of false alarms and
     * catches a turn into the wrong road within one block [U].
     */
    public static final double CORRIDOR_M = 50;

    /** On-road match distance, m: half the widest road plus the GNSS error (see above) [U]. */
    public static final double ROAD_MATCH_M = 25;

    /**
     * Standing speed, km/h: below the speed noise of a standing GNSS receiver's reported speed
     * (typically 1–3 km/h) [U].
     */
    public static final double STOP_BELOW_KMH = 3;

    /**
     * Longest stop outside a loading site or the hazmat vehicle park, s: five minutes covers a
     * queue at a junction or a gate; a longer stop is the "is it allowed to stop there" question of
     * issue 16 [U].
     */
    public static final long MAX_DWELL_OUTSIDE_S = 300;

    /**
     * Speed tolerance, km/h: the GNSS speed error of a terminal is about 2 km/h; 5 km/h keeps the
     * alarm to real speeding [U].
     */
    public static final double SPEED_TOLERANCE_KMH = 5;

    /**
     * The park's rules: the numbers above; the default limit is the hazmat speed cap of routing.
     */
    public static final TruckRules DEFAULTS =
            new TruckRules(
                    CORRIDOR_M,
                    ROAD_MATCH_M,
                    STOP_BELOW_KMH,
                    MAX_DWELL_OUTSIDE_S,
                    RoutingSpeeds.HAZMAT_MAX_KMH,
                    SPEED_TOLERANCE_KMH);

    public TruckRules {
        check("corridorM", corridorM);
        check("roadMatchM", roadMatchM);
        check("stopBelowKmh", stopBelowKmh);
        check("defaultLimitKmh", defaultLimitKmh);
        if (!(speedToleranceKmh >= 0))
            throw new IllegalArgumentException(
                    "speedToleranceKmh must be >= 0, not " + speedToleranceKmh);
        if (maxDwellOutsideS < 0)
            throw new IllegalArgumentException(
                    "maxDwellOutsideS must be >= 0, not " + maxDwellOutsideS);
    }

    /**
     * The speed limit of a road for a hazmat truck, km/h: its own driving speed capped by the
     * hazmat cap ({@link RoutingSpeeds#HAZMAT_MAX_KMH}).
     */
    public static double hazmatLimitKmh(double roadKmh) {
        return Math.min(roadKmh, RoutingSpeeds.HAZMAT_MAX_KMH);
    }

    private static void check(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v))
            throw new IllegalArgumentException(name + " must be a positive number, not " + v);
    }
}
