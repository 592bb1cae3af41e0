package org.parkwatch.model.routing;

import org.locationtech.jts.geom.LineString;

/**
 * A responder's way to the incident, ending at a staging point (集结点) outside every no-entry zone
 * (ERPG-3, 12.5 kW/m²) on the upwind side, as close to the release as that allows. The line touches
 * no no-entry zone (checked with JTS); it may cross milder zones, which its cost avoided where it
 * could ({@link RoutingSpeeds#exposureFactor}).
 *
 * @param stagingFromSourceM straight distance from the release point to the staging point, m
 * @param offUpwindDeg angle between the staging point's bearing from the release and the direction
 *     the wind comes from, degrees (0 = straight upwind)
 * @param sectorHalfAngleDeg the sector searched: {@link RoutingSpeeds#UPWIND_HALF_ANGLE_DEG}, the
 *     flank ({@link RoutingSpeeds#FLANK_HALF_ANGLE_DEG}) when upwind had no reachable point, or 180
 *     when the wind is unknown
 * @param distanceM route length, m
 * @param timeS travel time for the mode, s
 * @param inMildZoneM length inside zones that are not no-entry (SCBA needed), m
 */
public record ApproachRoute(
        String responderId,
        TravelMode mode,
        double stagingLon,
        double stagingLat,
        double stagingFromSourceM,
        double offUpwindDeg,
        double sectorHalfAngleDeg,
        double distanceM,
        double timeS,
        double inMildZoneM,
        LineString line) {}
