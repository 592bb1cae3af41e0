package org.parkwatch.backend.logistics;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.model.logistics.gate.Waybill;
import org.parkwatch.model.routing.Route;

/**
 * A truck's permitted route for its waybill: from the hazmat gate nearest the truck when it entered
 * (or was first seen inside the park), or from where it stood when the threat zones changed, to its
 * waybill's enterprise site (the way out is the same corridor), on roads open to hazardous goods
 * and outside the threat zones people are evacuated from; and the permitted visit to the park's
 * hazmat parking lot on the way ({@link PermitPlanner}).
 *
 * @param waybill the waybill; null when the truck has none for today
 * @param route the route; null when there is none ({@code problem} says why)
 * @param lotVisits the routes of the permitted lot visits, in pairs: the same start to a lot, that
 *     lot to the site; empty when the park has no lot or none can be reached
 * @param routeMetres the route and the lot visits on the road graph's metric plane (for the
 *     corridor check), or null
 * @param problem why there is no route, or null
 * @param version 1 for the first plan, +1 for each re-plan
 * @param avoidedAreas how many threat-zone areas the plan avoided
 */
record TruckPermit(
        Waybill waybill,
        Route route,
        List<Route> lotVisits,
        Geometry routeMetres,
        String problem,
        int version,
        long computedMs,
        int avoidedAreas) {
    TruckPermit {
        lotVisits = List.copyOf(lotVisits);
    }
}
