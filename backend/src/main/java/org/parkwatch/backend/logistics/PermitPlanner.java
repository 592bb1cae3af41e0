package org.parkwatch.backend.logistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.routing.RoutePlanning;
import org.parkwatch.model.logistics.gate.Waybill;
import org.parkwatch.model.routing.Route;
import org.parkwatch.model.routing.RouteMetric;
import org.parkwatch.model.routing.RouteQuery;
import org.parkwatch.model.routing.RoutingException;
import org.parkwatch.model.routing.RoutingSpeeds;
import org.parkwatch.model.routing.TravelMode;

/**
 * Plans a truck's {@link TruckPermit} for its waybill on the shared road graph ({@link
 * RoutePlanning}, hazmat-truck mode, around the given areas): the route from the park gate nearest
 * the truck (or from where it stands) to its enterprise's site, and the permitted visit to each of
 * the park's hazmat vehicle parks — there and on to the site. An arriving hazmat truck waits in the
 * park's lot (危险化学品车辆专用停车场) for its loading slot: the lot is a permitted place, and so is the way
 * to it from the gate and from it to the site (MEM 2022 park guideline, hazmat-truck parking; the
 * legs are the park's rule as we read it [U]). A lot in an avoided area, or one no open road
 * reaches, gives no visit: the truck keeps its direct route. Blocks (graph search): call it on a
 * worker.
 */
final class PermitPlanner {
    private final RoutePlanning planning;
    private final TruckPlacesReader.TruckPlaces places;

    PermitPlanner(RoutePlanning planning, TruckPlacesReader.TruckPlaces places) {
        this.planning = planning;
        this.places = places;
    }

    /**
     * @param fromGate plan from the park gate nearest the truck (a trip's route starts where a
     *     truck enters, so that a truck first seen already off the roads, or on its way out, is not
     *     given a route that starts there); otherwise from where the truck is (a re-plan around
     *     threat zones)
     * @param avoid lon/lat areas the routes keep out of (the open incidents' evacuation zones)
     * @param toMetres the permitted lines (lon/lat) on the metric plane of the corridor check
     */
    TruckPermit permit(
            Waybill w,
            double lon,
            double lat,
            boolean fromGate,
            int version,
            long now,
            List<Geometry> avoid,
            Function<List<LineString>, Geometry> toMetres) {
        if (w == null)
            return new TruckPermit(
                    null, null, List.of(), null, "no waybill for today", version, now, 0);
        Geometry site = places.siteByEnterprise().get(w.enterpriseId());
        if (site == null) {
            return new TruckPermit(
                    w,
                    null,
                    List.of(),
                    null,
                    "enterprise " + w.enterpriseId() + " has no site on the map",
                    version,
                    now,
                    0);
        }
        Point to = site.getInteriorPoint();
        Point gate = fromGate ? nearestGate(lon, lat) : null;
        double fromLon = gate == null ? lon : gate.getX();
        double fromLat = gate == null ? lat : gate.getY();
        Route r;
        try {
            r = route(fromLon, fromLat, to.getX(), to.getY(), avoid);
        } catch (RoutingException | IllegalArgumentException e) {
            return new TruckPermit(
                    w, null, List.of(), null, e.getMessage(), version, now, avoid.size());
        }
        List<Route> visits = lotVisits(fromLon, fromLat, to, avoid);
        List<LineString> lines = new ArrayList<>();
        lines.add(r.line());
        for (Route v : visits) lines.add(v.line());
        return new TruckPermit(
                w, r, visits, toMetres.apply(lines), null, version, now, avoid.size());
    }

    /** For each lot both legs (start → lot, lot → site), or none when either cannot be routed. */
    private List<Route> lotVisits(
            double fromLon, double fromLat, Point site, List<Geometry> avoid) {
        List<Route> out = new ArrayList<>();
        for (Geometry lot : places.parkingLots()) {
            Point p = lot.getInteriorPoint();
            try {
                Route in = route(fromLon, fromLat, p.getX(), p.getY(), avoid);
                Route on = route(p.getX(), p.getY(), site.getX(), site.getY(), avoid);
                out.add(in);
                out.add(on);
            } catch (RoutingException | IllegalArgumentException e) {
                // no visit to this lot: in an avoided area, or cut off
            }
        }
        return out;
    }

    private Route route(
            double fromLon, double fromLat, double toLon, double toLat, List<Geometry> avoid) {
        return planning.route(
                new RouteQuery(
                        fromLon,
                        fromLat,
                        toLon,
                        toLat,
                        TravelMode.HAZMAT_TRUCK,
                        RouteMetric.TIME,
                        avoid,
                        Set.of(),
                        RoutingSpeeds.MAX_OFF_NETWORK_M));
    }

    /** The hazmat gate nearest the point (lon/lat), or null when the park has none. */
    private Point nearestGate(double lon, double lat) {
        double kx =
                Math.cos(Math.toRadians(lat)); // a degree of longitude is shorter than one of lat
        Point best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Point g : places.hazmatGates()) {
            double dx = (g.getX() - lon) * kx;
            double dy = g.getY() - lat;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = g;
            }
        }
        return best;
    }
}
