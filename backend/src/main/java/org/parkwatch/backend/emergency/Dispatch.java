package org.parkwatch.backend.emergency;

/**
 * A resource sent to an incident. It stays committed until released.
 *
 * @param distanceM travel distance of the estimate, null when none could be made
 * @param etaS travel time in seconds, null when none could be made
 * @param etaBasisZh how the ETA was computed ({@link TravelTimes.TravelEstimate#basisZh})
 * @param releasedMs when it was released, null while committed
 */
public record Dispatch(
        String dispatchId,
        String incidentId,
        String resourceId,
        long dispatchedMs,
        Double distanceM,
        Double etaS,
        String etaBasisZh,
        String etaBasisEn,
        Long releasedMs,
        String dispatchedBy) {}
