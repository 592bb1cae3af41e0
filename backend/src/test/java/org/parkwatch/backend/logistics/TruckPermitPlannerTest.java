package org.parkwatch.backend.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.routing.IncidentRoutes;
import org.parkwatch.backend.routing.RoutePlanning;
import org.parkwatch.model.logistics.gate.Waybill;
import org.parkwatch.model.logistics.route.FixLocator;
import org.parkwatch.model.logistics.route.TruckRules;
import org.parkwatch.model.routing.ApproachPlan;
import org.parkwatch.model.routing.Responder;
import org.parkwatch.model.routing.RoadClass;
import org.parkwatch.model.routing.RoadGraph;
import org.parkwatch.model.routing.RoadGraphBuilder;
import org.parkwatch.model.routing.RoadRouter;
import org.parkwatch.model.routing.RoadSegment;
import org.parkwatch.model.routing.Route;
import org.parkwatch.model.routing.RouteQuery;
import org.parkwatch.model.routing.TravelMode;

/**
 * The permitted lot visit on a small network: an east–west road from the gate past the site, a
 * north–south road down to the hazmat lot. The visit's legs are routed and widen the corridor; a
 * lot inside an avoided area gives no visit and the truck keeps its direct route.
 */
class TruckPermitPlannerTest {
    private static final WKTReader WKT = new WKTReader();
    private static final String SITE =
            "POLYGON ((113.964 35.251, 113.966 35.251, 113.966 35.253, 113.964 35.253, 113.964 35.251))";
    private static final String LOT =
            "POLYGON ((113.948 35.2392, 113.952 35.2392, 113.952 35.2405, 113.948 35.2405, 113.948 35.2392))";

    private final RoadGraph graph;
    private final PermitPlanner planner;
    private final FixLocator locator;

    TruckPermitPlannerTest() throws Exception {
        graph =
                RoadGraphBuilder.build(
                        List.of(
                                road("EW", "LINESTRING (113.93 35.25, 113.97 35.25)"),
                                road("NS", "LINESTRING (113.95 35.24, 113.95 35.25)")));
        Geometry site = wkt(SITE);
        Geometry lot = wkt(LOT);
        TruckPlacesReader.TruckPlaces places =
                new TruckPlacesReader.TruckPlaces(
                        Map.of("E03", site),
                        List.of(site, lot),
                        List.of((Point) wkt("POINT (113.93 35.25)")),
                        List.of(lot));
        planner = new PermitPlanner(new Router(graph), places);
        locator = new FixLocator(graph, places.permitted(), TruckRules.DEFAULTS);
    }

    @Test
    void theVisitToTheLotIsPermittedBesideTheRouteToTheSite() throws Exception {
        TruckPermit p = permit(List.of());
        assertNull(p.problem());
        assertFalse(p.route().roadIds().contains("NS"), "" + p.route().roadIds());
        assertEquals(2, p.lotVisits().size(), "gate → lot, lot → site");
        assertTrue(p.lotVisits().get(0).roadIds().contains("NS"));
        assertTrue(p.lotVisits().get(1).roadIds().contains("NS"));
        // on the road down to the lot, 550 m from the way to the site: inside the corridor
        Geometry direct = locator.routeMetres(p.route().line());
        assertEquals(556, locator.locate(113.95, 35.245, 20, 0, direct).offRouteM(), 3);
        assertEquals(0, locator.locate(113.95, 35.245, 20, 0, p.routeMetres()).offRouteM(), 0.5);
    }

    @Test
    void aLotInAnAvoidedAreaGivesNoVisit() throws Exception {
        Geometry zone = wkt(LOT).buffer(0.002);
        TruckPermit p = permit(List.of(zone));
        assertNull(p.problem());
        assertNotNull(p.route());
        assertEquals(List.of(), p.lotVisits());
        assertEquals(1, p.routeMetres().getNumGeometries());
        assertEquals(1, p.avoidedAreas());
    }

    private TruckPermit permit(List<Geometry> avoid) {
        Waybill w =
                new Waybill(
                        "WB-1",
                        "豫E10002",
                        "D1",
                        "68476-85-7",
                        "UN1075",
                        "液化石油气",
                        20,
                        "E03",
                        Waybill.Direction.UNLOAD,
                        Instant.EPOCH,
                        Instant.EPOCH.plusSeconds(86_400));
        return planner.permit(w, 113.931, 35.2501, true, 1, 0, avoid, locator::routeMetres);
    }

    private static Geometry wkt(String s) throws Exception {
        Geometry g = WKT.read(s);
        g.setSRID(4326);
        return g;
    }

    private static RoadSegment road(String id, String line) throws Exception {
        return new RoadSegment(
                id,
                id,
                id,
                (LineString) wkt(line),
                RoadClass.TRUNK,
                false,
                true,
                false,
                Double.NaN);
    }

    /** Routes on the graph with the model's router; the incident parts are not used here. */
    private record Router(RoadGraph graph) implements RoutePlanning {
        @Override
        public Route route(RouteQuery query) {
            return new RoadRouter(graph).route(query);
        }

        @Override
        public Optional<IncidentRoutes> incidentRoutes(String incidentId, TravelMode mode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IncidentRoutes routesFor(IncidentThreat zones, TravelMode mode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ApproachPlan> approach(
                String incidentId, List<Responder> responders, TravelMode mode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Geometry> hazmatAvoidAreas(IncidentThreat threat) {
            throw new UnsupportedOperationException();
        }
    }
}
