package org.parkwatch.model.routing;

/**
 * One travel direction of a {@link RoadEdge}: the JGraphT edge object of the road graph. {@code id}
 * is {@code 2 × edge + (forward ? 0 : 1)}, dense from 0, for per-query arrays.
 */
public record Arc(int id, int edge, boolean forward) {
    /** The arc with this id. */
    static Arc byId(int id) {
        return new Arc(id, id >> 1, (id & 1) == 0);
    }

    static Arc of(int edge, boolean forward) {
        return new Arc(2 * edge + (forward ? 0 : 1), edge, forward);
    }
}
