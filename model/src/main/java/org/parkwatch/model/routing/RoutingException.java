package org.parkwatch.model.routing;

/**
 * A route that cannot be given, with why: the caller's input is to blame (a point off the network,
 * a start inside an avoided area) or the network has no open way. The message names the point or
 * the constraint.
 */
public final class RoutingException extends RuntimeException {
    /** Why no route. */
    public enum Reason {
        /** A point lies farther than the allowed distance from every usable road. */
        OFF_NETWORK,
        /** A point lies inside an area the route must avoid. */
        IN_AVOIDED_AREA,
        /** No open road for the mode connects the two points. */
        NO_ROUTE
    }

    private final Reason reason;

    public RoutingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
