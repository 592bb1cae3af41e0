package org.parkwatch.model.logistics.demo;

import java.util.List;

/**
 * One demo truck: its terminal, documents, today's waybill and where it drives.
 *
 * @param permitValidDays days from today to the end of its road-transport permit; below zero an
 *     expired permit
 * @param path lon/lat waypoints from outside the park to inside its enterprise's site
 * @param detour lon/lat waypoints of the truck-deviation scenario (driven from the first, back to
 *     the last), empty when it has none
 * @param scenarioOnly the truck drives only in a scenario
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
        boolean scenarioOnly) {
    public DemoTruck {
        path = List.copyOf(path);
        detour = List.copyOf(detour);
        if (path.size() < 2)
            throw new IllegalArgumentException("demo truck " + plate + ": path needs 2 waypoints");
    }
}
