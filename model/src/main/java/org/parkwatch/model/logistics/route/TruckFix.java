package org.parkwatch.model.logistics.route;

/**
 * One position of a truck as the rules see it.
 *
 * @param timeMs the fix time, epoch ms
 * @param speedKmh speed, km/h
 * @param offRouteM distance from the permitted route, m; NaN when the truck has no route
 * @param road the road it is on, or null (off the mapped roads)
 * @param inPermittedPlace inside a place where it may leave the road and stop (its loading site,
 *     the hazmat vehicle park)
 */
public record TruckFix(
        long timeMs, double speedKmh, double offRouteM, RoadOnFix road, boolean inPermittedPlace) {}
