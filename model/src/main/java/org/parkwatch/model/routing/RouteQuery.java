package org.parkwatch.model.routing;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * A point-to-point route request (EPSG:4326).
 *
 * @param avoid areas no part of the route may touch (lon/lat polygons)
 * @param closedSegmentIds road segments closed for this query, in addition to those closed in the
 *     layer
 * @param maxOffNetworkM longest straight walk from a point to the network, m
 */
public record RouteQuery(
        double fromLon,
        double fromLat,
        double toLon,
        double toLat,
        TravelMode mode,
        RouteMetric metric,
        List<Geometry> avoid,
        Set<String> closedSegmentIds,
        double maxOffNetworkM) {
    public RouteQuery {
        avoid = List.copyOf(avoid);
        closedSegmentIds = Set.copyOf(closedSegmentIds);
    }

    /** The fastest route for {@code mode} with nothing avoided or closed. */
    public static RouteQuery fastest(
            double fromLon, double fromLat, double toLon, double toLat, TravelMode mode) {
        return new RouteQuery(
                fromLon,
                fromLat,
                toLon,
                toLat,
                mode,
                RouteMetric.TIME,
                List.of(),
                Set.of(),
                RoutingSpeeds.MAX_OFF_NETWORK_M);
    }
}
