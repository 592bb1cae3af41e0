package org.parkwatch.model.logistics.demo;

import java.util.List;

/**
 * One demo truck: its terminal, documents, today's waybill and where it drives.
 *
 * @param permitValidDays days from today to the end of its road-transport permit; below zero an
 *     expired permit
 * @param path lon/lat waypoints from outside the park to inside its enterprise's site; driven in
 *     (unless it has a {@code lotVisit}) and back out
 * @param detour lon/lat waypoints of the truck-deviation scenario (driven from the first, back to
 *     the last), empty when it has none
 * @param scenarioOnly the truck drives only in a scenario
 * @param lotVisit how it comes in by way of the park's hazmat parking lot, or null when it drives
 *     straight to its site
 */
public record DemoTruck(
        String phone,
        String plate,
        String carrier,
        String enterpriseId,
        String driverId,
        String driverName,
        String tankType,
        double capacityT,
        int permitValidDays,
        String cas,
        String unNumber,
        String chemicalZh,
        double quantityT,
        String direction,
        List<double[]> path,
        List<double[]> detour,
        boolean scenarioOnly,
        LotVisit lotVisit) {
    public DemoTruck {
        path = List.copyOf(path);
        detour = List.copyOf(detour);
        if (path.size() < 2)
            throw new IllegalArgumentException("demo truck " + plate + ": path needs 2 waypoints");
    }

    /**
     * The way in by the hazmat parking lot (危险化学品车辆专用停车场), where an arriving truck waits for its
     * loading slot: it drives {@code toLot}, stands at its last waypoint (a slot in the lot) for
     * {@code parkMinutes}, then drives {@code toSite}. The way out is {@code path} backwards.
     *
     * @param toLot lon/lat waypoints from the path's first waypoint to a slot inside the lot
     * @param toSite lon/lat waypoints from that slot to the path's last waypoint
     */
    public record LotVisit(int parkMinutes, List<double[]> toLot, List<double[]> toSite) {
        public LotVisit {
            toLot = List.copyOf(toLot);
            toSite = List.copyOf(toSite);
        }

        /** The slot where the truck stands (the last waypoint of {@code toLot}). */
        public double[] slot() {
            return toLot.get(toLot.size() - 1);
        }
    }
}
