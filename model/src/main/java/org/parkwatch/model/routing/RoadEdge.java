package org.parkwatch.model.routing;

import org.locationtech.jts.geom.LineString;

/**
 * One edge of the {@link RoadGraph}: a piece of a {@link RoadSegment} between two nodes, no longer
 * than the builder's maximum edge length. {@code metres} is its line on the graph's local plane;
 * {@code lonLat} the same line in EPSG:4326.
 */
public record RoadEdge(
        int index,
        RoadSegment segment,
        int from,
        int to,
        double lengthM,
        LineString metres,
        LineString lonLat) {

    /** Whether {@code mode} may travel this edge in the given direction. */
    public boolean allows(TravelMode mode, boolean forward) {
        if (segment.closed()) return false;
        if (mode == TravelMode.WALK) return true;
        if (mode == TravelMode.HAZMAT_TRUCK && !segment.hazmatAllowed()) return false;
        return forward || !segment.oneWay();
    }

    /** Travel time along the edge for {@code mode}, s. */
    public double timeS(TravelMode mode) {
        double kmh =
                switch (mode) {
                    case WALK -> RoutingSpeeds.WALK_M_PER_S * 3.6;
                    case DRIVE -> segment.driveKmh();
                    case HAZMAT_TRUCK -> Math.min(segment.driveKmh(), RoutingSpeeds.HAZMAT_MAX_KMH);
                };
        return lengthM / (kmh / 3.6);
    }
}
