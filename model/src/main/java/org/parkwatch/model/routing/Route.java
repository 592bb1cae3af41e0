package org.parkwatch.model.routing;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * A route between two points: the straight walk from the start to its node, the roads, the walk
 * from the last node to the end.
 *
 * @param from where the start joins the network
 * @param to where the end joins the network
 * @param distanceM whole length including the off-network walks, m
 * @param timeS travel time for the mode, s (the off-network walks at walking speed)
 * @param walkTimeS the whole route on foot, s
 * @param driveTimeS the road part by car plus the walks, s; null when the route goes against a
 *     one-way road (a walking route)
 * @param roadIds the road segments used, in order, each once
 * @param line the route in EPSG:4326
 */
public record Route(
        TravelMode mode,
        RouteMetric metric,
        NodeSnap from,
        NodeSnap to,
        double distanceM,
        double timeS,
        double walkTimeS,
        Double driveTimeS,
        List<String> roadIds,
        LineString line) {
    public Route {
        roadIds = List.copyOf(roadIds);
    }
}
