package org.parkwatch.model.logistics.route;

/** A breach of the park's road rules by a hazmat truck. */
public enum Breach {
    /** Farther from the permitted route than the corridor. */
    OFF_ROUTE,
    /** Faster than the road's limit plus the tolerance. */
    SPEEDING,
    /** Standing outside a permitted place longer than allowed. */
    STOPPED_OUTSIDE,
    /** On a road closed to hazardous goods. */
    CLOSED_ROAD
}
