package org.parkwatch.backend.routing;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.model.routing.ApproachPlan;
import org.parkwatch.model.routing.Responder;
import org.parkwatch.model.routing.RoadGraph;
import org.parkwatch.model.routing.Route;
import org.parkwatch.model.routing.RouteQuery;
import org.parkwatch.model.routing.RoutingException;
import org.parkwatch.model.routing.TravelMode;

/**
 * The port through which other capabilities ask for routes on the park's roads: a route between two
 * points (a dispatched resource's ETA is its {@link Route#timeS}), an incident's evacuation and
 * approach routes for its latest threat zones, and the approach of given responders (the teams
 * actually dispatched). Every method blocks (graph search, geometry): call it on a worker thread.
 * The routing capability provides it ({@link RoutingCapability#planning}).
 */
public interface RoutePlanning {
    /**
     * The route for the query.
     *
     * @throws RoutingException off the network, start in an avoided area, no open way
     * @throws IllegalArgumentException a point that is not lon/lat
     */
    Route route(RouteQuery query);

    /**
     * The incident's evacuation (targets in ERPG-2-or-worse zones to shelters) and the park
     * responders' approach routes, for its latest threat zones; empty when it has no zones.
     */
    Optional<IncidentRoutes> incidentRoutes(String incidentId, TravelMode evacuationMode);

    /**
     * The evacuation and responder approach routes for the given zones (of any run, an earlier one
     * in a replay among them) on the current road graph; not cached.
     */
    IncidentRoutes routesFor(IncidentThreat zones, TravelMode evacuationMode);

    /**
     * Approach routes of the given responders to the incident (staging upwind outside the ERPG-3
     * and 12.5 kW/m² zones); empty when the incident has no zones.
     */
    Optional<ApproachPlan> approach(String incidentId, List<Responder> responders, TravelMode mode);

    /**
     * The current road graph (replaced after a layer import: keep the one you got for one
     * computation). Does not block.
     */
    RoadGraph graph();

    /**
     * The areas of a threat that a hazardous-goods truck's route must avoid (lon/lat): the zones
     * people are evacuated from (ERPG-2 or worse and their fire and blast equals, {@link
     * ZoneRules}). Does not block.
     */
    List<Geometry> hazmatAvoidAreas(IncidentThreat threat);
}
