package org.parkwatch.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadGraphBuilderTest {

    @Test
    void crossingRoadsAreNodedWhereTheyCross() {
        Net net = new Net().road("ew", -50, 0, 50, 0).road("ns", 0, -50, 0, 50);
        RoadGraph g = net.graph();
        assertEquals(5, g.nodeCount(), "four ends and the crossing");
        assertEquals(4, g.edges().size());
        NodeSnap centre = g.snap(Net.lon(2), Net.lat(1), TravelMode.WALK).orElseThrow();
        assertEquals(0, Net.PLANE.eastM(centre.lon()), 0.01);
        assertEquals(Math.hypot(2, 1), centre.distanceM(), 0.01);
    }

    @Test
    void anEndWithinTheSnapToleranceJoinsTheOtherRoad() {
        // a T-junction digitised 0.6 m short of the through road
        Net net = new Net().road("through", -50, 0, 50, 0).road("stub", 0, 0.6, 0, 50);
        RoadGraph g = net.graph();
        assertEquals(3, g.edges().size(), "the through road is split at the junction");
        Route r =
                new RoadRouter(g)
                        .route(
                                RouteQuery.fastest(
                                        Net.lon(-50),
                                        Net.lat(0),
                                        Net.lon(0),
                                        Net.lat(50),
                                        TravelMode.WALK));
        assertEquals(100, r.distanceM(), 1.0);
    }

    @Test
    void anEndBeyondTheToleranceStaysApart() {
        Net net = new Net().road("through", -50, 0, 50, 0).road("stub", 0, 3, 0, 50);
        RoadGraph g = net.graph();
        assertEquals(2, g.edges().size(), "two separate roads, no junction");
        RouteQuery q =
                RouteQuery.fastest(
                        Net.lon(-50), Net.lat(0), Net.lon(0), Net.lat(50), TravelMode.WALK);
        RoutingException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        RoutingException.class, () -> new RoadRouter(g).route(q));
        assertEquals(RoutingException.Reason.NO_ROUTE, e.reason());
    }

    @Test
    void longRoadsAreCutIntoEdgesNoLongerThanTheMaximum() {
        Net net = new Net().road("long", 0, 0, 1050, 0);
        RoadGraph g = net.graph();
        assertEquals(11, g.edges().size());
        assertTrue(
                g.edges().stream()
                        .allMatch(e -> e.lengthM() <= RoadGraphBuilder.MAX_EDGE_M + 1e-6));
        assertEquals(1050, g.edges().stream().mapToDouble(RoadEdge::lengthM).sum(), 0.01);
    }

    @Test
    void hazmatTrucksSnapOnlyToRoadsOpenToThem() {
        Net net =
                new Net()
                        .road("lane", RoadClass.ACCESS, false, false, 0, 0, 100, 0)
                        .road("trunk", RoadClass.TRUNK, false, true, 0, 300, 100, 300);
        RoadGraph g = net.graph();
        NodeSnap walk = g.snap(Net.lon(0), Net.lat(10), TravelMode.WALK).orElseThrow();
        NodeSnap truck = g.snap(Net.lon(0), Net.lat(10), TravelMode.HAZMAT_TRUCK).orElseThrow();
        assertEquals(10, walk.distanceM(), 0.01);
        assertEquals(290, truck.distanceM(), 0.01);
    }

    @Test
    void anEmptyLayerGivesAnEmptyGraph() {
        RoadGraph g = RoadGraphBuilder.build(List.of());
        assertEquals(0, g.nodeCount());
        assertTrue(g.snap(114, 35, TravelMode.WALK).isEmpty());
    }
}
