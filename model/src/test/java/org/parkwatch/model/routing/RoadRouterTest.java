package org.parkwatch.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * A ladder: a slow access road along the bottom (y = 0, 1000 m, digitised east to west) and a trunk
 * loop over the top (x = 0 and x = 1000 up to y = 400, the top road between).
 */
class RoadRouterTest {
    private static final Geometry MIDDLE_OF_BOTTOM = Net.box(400, -50, 600, 50);

    private static Net ladder(boolean bottomOneWay, boolean bottomHazmat) {
        return new Net()
                .road("bottom", RoadClass.ACCESS, bottomOneWay, bottomHazmat, 1000, 0, 0, 0)
                .road("west", RoadClass.TRUNK, false, true, 0, 0, 0, 400)
                .road("top", RoadClass.TRUNK, false, true, 0, 400, 1000, 400)
                .road("east", RoadClass.TRUNK, false, true, 1000, 400, 1000, 0);
    }

    private static Route route(
            RoadGraph g,
            TravelMode mode,
            RouteMetric metric,
            List<Geometry> avoid,
            Set<String> closed) {
        return new RoadRouter(g)
                .route(
                        new RouteQuery(
                                Net.lon(0),
                                Net.lat(0),
                                Net.lon(1000),
                                Net.lat(0),
                                mode,
                                metric,
                                avoid,
                                closed,
                                RoutingSpeeds.MAX_OFF_NETWORK_M));
    }

    @Test
    void anAvoidedAreaSendsTheRouteRoundAndTheLineDoesNotTouchIt() {
        RoadGraph g = ladder(false, true).graph();
        Route direct = route(g, TravelMode.WALK, RouteMetric.DISTANCE, List.of(), Set.of());
        assertEquals(1000, direct.distanceM(), 0.5);
        Route round =
                route(
                        g,
                        TravelMode.WALK,
                        RouteMetric.DISTANCE,
                        List.of(MIDDLE_OF_BOTTOM),
                        Set.of());
        assertEquals(1800, round.distanceM(), 0.5);
        assertFalse(round.line().intersects(MIDDLE_OF_BOTTOM));
        assertEquals(List.of("west", "top", "east"), round.roadIds());
    }

    @Test
    void timeAndDistanceChooseDifferentRoads() {
        RoadGraph g = ladder(false, true).graph();
        Route shortest = route(g, TravelMode.DRIVE, RouteMetric.DISTANCE, List.of(), Set.of());
        Route fastest = route(g, TravelMode.DRIVE, RouteMetric.TIME, List.of(), Set.of());
        assertEquals(1000, shortest.distanceM(), 0.5);
        assertEquals(1000 / (RoutingSpeeds.ACCESS_KMH / 3.6), shortest.timeS(), 0.5);
        assertEquals(1800, fastest.distanceM(), 0.5);
        assertEquals(1800 / (RoutingSpeeds.TRUNK_KMH / 3.6), fastest.timeS(), 0.5);
    }

    @Test
    void carsKeepToOneWayRoadsAndWalkersDoNot() {
        RoadGraph g = ladder(true, true).graph();
        Route car = route(g, TravelMode.DRIVE, RouteMetric.DISTANCE, List.of(), Set.of());
        Route walker = route(g, TravelMode.WALK, RouteMetric.DISTANCE, List.of(), Set.of());
        assertEquals(1800, car.distanceM(), 0.5);
        assertNotNull(car.driveTimeS());
        assertEquals(1000, walker.distanceM(), 0.5);
        assertNull(walker.driveTimeS(), "a walk against the one-way road has no driving time");
        assertEquals(1000 / RoutingSpeeds.WALK_M_PER_S, walker.walkTimeS(), 0.5);
    }

    @Test
    void hazmatTrucksUseOnlyHazmatRoadsAndClosedRoadsAreClosed() {
        RoadGraph g = ladder(false, false).graph();
        Route truck = route(g, TravelMode.HAZMAT_TRUCK, RouteMetric.DISTANCE, List.of(), Set.of());
        assertEquals(1800, truck.distanceM(), 0.5);
        Route detour = route(g, TravelMode.WALK, RouteMetric.DISTANCE, List.of(), Set.of("bottom"));
        assertEquals(1800, detour.distanceM(), 0.5);
    }

    @Test
    void aPointFarFromEveryRoadIsOffTheNetwork() {
        RoadGraph g = ladder(false, true).graph();
        RoutingException e =
                assertThrows(
                        RoutingException.class,
                        () ->
                                new RoadRouter(g)
                                        .route(
                                                RouteQuery.fastest(
                                                        Net.lon(0),
                                                        Net.lat(-5000),
                                                        Net.lon(1000),
                                                        Net.lat(0),
                                                        TravelMode.WALK)));
        assertEquals(RoutingException.Reason.OFF_NETWORK, e.reason());
    }

    @Test
    void noOpenWayAndAStartInsideTheAvoidedAreaAreSaid() {
        RoadGraph g = ladder(false, true).graph();
        RoutingException cut =
                assertThrows(
                        RoutingException.class,
                        () ->
                                route(
                                        g,
                                        TravelMode.WALK,
                                        RouteMetric.TIME,
                                        List.of(MIDDLE_OF_BOTTOM, Net.box(450, 350, 550, 450)),
                                        Set.of()));
        assertEquals(RoutingException.Reason.NO_ROUTE, cut.reason());
        RoutingException inside =
                assertThrows(
                        RoutingException.class,
                        () ->
                                route(
                                        g,
                                        TravelMode.WALK,
                                        RouteMetric.TIME,
                                        List.of(Net.box(-30, -30, 30, 30)),
                                        Set.of()));
        assertEquals(RoutingException.Reason.IN_AVOIDED_AREA, inside.reason());
    }
}
