package org.parkwatch.model.logistics.route;

/**
 * One breach with its facts.
 *
 * @param value the measured figure: metres off the route, km/h, seconds standing; NaN for a closed
 *     road
 * @param limit the figure's limit in the same unit; NaN for a closed road
 * @param road the road the truck is on, or null
 */
public record Finding(Breach breach, double value, double limit, RoadOnFix road) {}
