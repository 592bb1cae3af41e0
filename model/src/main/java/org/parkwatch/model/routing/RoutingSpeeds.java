package org.parkwatch.model.routing;

/**
 * Every speed and policy number of the routing models, in one place with its source and status ([U]
 * = not yet checked against the park's emergency plan or a standard; to be confirmed by the park's
 * emergency office). Times are nominal: no congestion, no smoke, no queueing at shelters.
 */
public final class RoutingSpeeds {
    /**
     * Walking speed of an evacuating crowd, m/s. 1.2 m/s is the unimpeded walking speed commonly
     * used in evacuation planning (e.g. the SFPE Handbook's range of 1.0–1.3 m/s for adults; mixed
     * village populations with elderly and children are slower) [U].
     */
    public static final double WALK_M_PER_S = 1.2;

    /** Driving speed on park trunk roads, km/h: an assumed design speed, no source yet [U]. */
    public static final double TRUNK_KMH = 40;

    /** Driving speed on park branch roads, km/h [U]. */
    public static final double BRANCH_KMH = 30;

    /** Driving speed on public roads outside the park, km/h [U]. */
    public static final double EXTERNAL_KMH = 50;

    /** Driving speed on access roads and lanes, km/h [U]. */
    public static final double ACCESS_KMH = 20;

    /**
     * Speed cap of hazardous-goods trucks, km/h: assumed from common park traffic rules, to be
     * replaced by the park's own rule (issue 16) [U].
     */
    public static final double HAZMAT_MAX_KMH = 30;

    /**
     * Factor on the time of an edge inside a zone, by the zone's severity (index 0 = outside every
     * zone, 1 = mild such as ERPG-1 or 4 kW/m², 2 = serious such as ERPG-2, 3 = life-threatening
     * such as ERPG-3 or 12.5 kW/m²). A policy choice so that the way out of a zone is the one with
     * the least severe exposure, not the fastest one through the worst of it [U].
     */
    private static final double[] EXPOSURE_FACTOR = {1, 4, 20, 100};

    /**
     * Half-angle of the upwind sector in which a responders' staging point is sought first, degrees
     * either side of the direction the wind comes from (a 90° cone) [U].
     */
    public static final double UPWIND_HALF_ANGLE_DEG = 45;

    /**
     * Half-angle tried when the upwind sector has no reachable staging point: the crosswind flank,
     * said so in the result [U].
     */
    public static final double FLANK_HALF_ANGLE_DEG = 90;

    /**
     * Shortest distance of a staging point from the release point, m, also when no zone forbids
     * coming closer (a small release) [U].
     */
    public static final double MIN_STANDOFF_M = 100;

    /**
     * Longest straight walk between a point (a village, a shelter, a fire station) and the node
     * where it joins the road network, m; a point farther off is outside the network [U].
     */
    public static final double MAX_OFF_NETWORK_M = 1500;

    /**
     * Margin by which every zone is widened for routing, m: a route that merely touches a zone's
     * edge counts as entering it [U; numerical safety, far below the zones' own uncertainty].
     */
    public static final double ZONE_MARGIN_M = 1.0;

    private RoutingSpeeds() {}

    /** Default driving speed of a road class, km/h. */
    public static double driveKmh(RoadClass roadClass) {
        return switch (roadClass) {
            case TRUNK -> TRUNK_KMH;
            case BRANCH -> BRANCH_KMH;
            case EXTERNAL -> EXTERNAL_KMH;
            case ACCESS -> ACCESS_KMH;
        };
    }

    /** The time factor of an edge in a zone of this severity (0 = outside every zone). */
    public static double exposureFactor(int severity) {
        return EXPOSURE_FACTOR[Math.max(0, Math.min(EXPOSURE_FACTOR.length - 1, severity))];
    }
}
