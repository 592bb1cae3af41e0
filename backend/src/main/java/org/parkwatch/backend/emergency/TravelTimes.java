package org.parkwatch.backend.emergency;

import java.util.Optional;

/**
 * The port through which dispatch asks how long a resource takes to reach an incident. The default
 * is {@link StraightLineTravelTimes}; the road-graph routing of issue 14 plugs in here.
 */
@FunctionalInterface
public interface TravelTimes {
    /** How the resource travels. */
    enum Mode {
        DRIVING,
        WALKING
    }

    /**
     * The travel estimate from (lon1, lat1) to (lon2, lat2), EPSG:4326; empty when there is no way
     * (e.g. no road connects them).
     */
    Optional<TravelEstimate> estimate(
            double lon1, double lat1, double lon2, double lat2, Mode mode);

    /**
     * One estimate.
     *
     * @param distanceM the distance travelled, metres
     * @param seconds the travel time
     * @param roadNetwork true when computed on the road network; false for an approximation
     * @param basisZh how it was computed, zh-CN (shown beside the ETA)
     * @param basisEn the same in English
     */
    record TravelEstimate(
            double distanceM,
            double seconds,
            boolean roadNetwork,
            String basisZh,
            String basisEn) {}
}
