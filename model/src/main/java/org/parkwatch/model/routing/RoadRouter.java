package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Point-to-point routes on a {@link RoadGraph}: each point joins the network at its nearest node
 * usable by the mode, the shortest path by time or distance runs over the arcs the mode may use,
 * less the closed segments and every edge touching an avoided area (removed, not penalised), and
 * the finished line is checked with JTS against the avoided areas. Thread-safe.
 */
public final class RoadRouter {
    private final RoadGraph graph;

    public RoadRouter(RoadGraph graph) {
        this.graph = graph;
    }

    /**
     * The route, or a {@link RoutingException}: {@code OFF_NETWORK} for a point too far from any
     * usable road, {@code IN_AVOIDED_AREA} for a point inside an avoided area, {@code NO_ROUTE}
     * when closures and avoided areas cut every way.
     */
    public Route route(RouteQuery q) {
        NodeSnap from = snap(graph, q.fromLon(), q.fromLat(), q.mode(), q.maxOffNetworkM(), "from");
        NodeSnap to = snap(graph, q.toLon(), q.toLat(), q.mode(), q.maxOffNetworkM(), "to");
        ArcCosts costs = new ArcCosts(graph, q.mode(), q.metric());
        for (RoadEdge e : graph.edges())
            if (q.closedSegmentIds().contains(e.segment().id())) costs.blockEdge(e.index());
        List<PreparedGeometry> avoid = new ArrayList<>();
        for (Geometry a : q.avoid()) {
            if (a.isEmpty()) continue;
            PreparedGeometry p = PreparedGeometryFactory.prepare(graph.toMetres(a));
            avoid.add(p);
            for (int e : graph.edgesIntersecting(p)) costs.blockEdge(e);
        }
        Coordinate start = graph.toMetres(q.fromLon(), q.fromLat());
        Coordinate end = graph.toMetres(q.toLon(), q.toLat());
        for (PreparedGeometry p : avoid) {
            for (Coordinate c : new Coordinate[] {start, end}) {
                if (p.intersects(RoadGraph.LON_LAT.createPoint(c))) {
                    throw new RoutingException(
                            RoutingException.Reason.IN_AVOIDED_AREA,
                            (c == start ? "from" : "to") + " lies inside an avoided area");
                }
            }
        }
        GraphPath<Integer, Arc> path =
                new DijkstraShortestPath<>(costs.view(graph)).getPath(from.node(), to.node());
        if (path == null) {
            throw new RoutingException(
                    RoutingException.Reason.NO_ROUTE,
                    "no open road for mode "
                            + q.mode().id()
                            + " joins the two points ("
                            + q.closedSegmentIds().size()
                            + " roads closed, "
                            + avoid.size()
                            + " areas avoided)");
        }
        PathLine line = new PathLine(graph, q.mode(), start, from.node(), path.getEdgeList(), end);
        for (PreparedGeometry p : avoid) {
            if (p.intersects(line.metres)) {
                throw new RoutingException(
                        RoutingException.Reason.IN_AVOIDED_AREA,
                        "the start or the end, or its walk to the nearest road, lies in an avoided"
                                + " area");
            }
        }
        return new Route(
                q.mode(),
                q.metric(),
                from,
                to,
                line.lengthM,
                line.modeS,
                line.walkS,
                line.driveS,
                line.roadIds,
                line.lonLat());
    }

    /** The point's node for the mode, or {@code OFF_NETWORK} naming the point. */
    static NodeSnap snap(
            RoadGraph g, double lon, double lat, TravelMode mode, double maxM, String what) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lat) > 90)
            throw new IllegalArgumentException(what + " is not a lon/lat point");
        NodeSnap s =
                g.snap(lon, lat, mode)
                        .orElseThrow(
                                () ->
                                        new RoutingException(
                                                RoutingException.Reason.OFF_NETWORK,
                                                "the road network has no road for mode "
                                                        + mode.id()));
        if (s.distanceM() > maxM) {
            throw new RoutingException(
                    RoutingException.Reason.OFF_NETWORK,
                    String.format(
                            java.util.Locale.ROOT,
                            "%s (%.6f, %.6f) is %.0f m from the nearest road for %s; at most %.0f m"
                                    + " allowed",
                            what,
                            lon,
                            lat,
                            s.distanceM(),
                            mode.id(),
                            maxM));
        }
        return s;
    }
}
