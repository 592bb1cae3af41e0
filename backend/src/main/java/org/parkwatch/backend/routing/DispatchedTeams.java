package org.parkwatch.backend.routing;

import java.util.List;

/**
 * The port through which routing learns which teams are on their way to an incident (dispatched by
 * emergency command and not released), so that each gets an approach route. The composition root
 * provides it; without emergency command there are none ({@link #NONE}). Blocks (a database read):
 * routing calls it on a worker.
 */
@FunctionalInterface
public interface DispatchedTeams {
    /** No dispatched teams ever. */
    DispatchedTeams NONE = incidentId -> List.of();

    /**
     * The teams and vehicles committed to the incident, each at the place it sets out from, in a
     * stable order; empty when none.
     */
    List<ResponderPlace> of(String incidentId) throws Exception;
}
