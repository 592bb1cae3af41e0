package org.parkwatch.model.routing;

import org.locationtech.jts.geom.LineString;

/**
 * The way of some or all of one target's people to one shelter. The route is in two legs: the
 * {@code exitLeg} from the target until the route last leaves the zones (people inside a zone
 * cannot help crossing part of it; this leg minimises severity-weighted time in zones and, once out
 * of the evacuation zones, never re-enters one), and the {@code safeLeg} from there to the shelter,
 * which touches no zone. Both are checked with JTS ({@link EvacuationPlanner}).
 *
 * @param people how many take this route (a target may be split over shelters by capacity)
 * @param distanceM whole length, m
 * @param walkTimeS on foot, s
 * @param driveTimeS by car on the roads plus the off-network walks, s; null when the route goes
 *     against a one-way road
 * @param inZoneM length inside zones, m (all of it on the exit leg)
 * @param worstSeverity worst zone severity at the target (2 = ERPG-2, 3 = ERPG-3)
 * @param exitLeg lon/lat, from the target's interior point
 * @param safeLeg lon/lat, to the shelter
 */
public record EvacuationRoute(
        String targetId,
        String shelterId,
        int people,
        TravelMode mode,
        double distanceM,
        double walkTimeS,
        Double driveTimeS,
        double inZoneM,
        int worstSeverity,
        LineString exitLeg,
        LineString safeLeg) {}
