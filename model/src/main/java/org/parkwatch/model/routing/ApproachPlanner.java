package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Responders' approach to an incident. Every edge touching a no-entry zone is removed; edges in
 * milder zones cost their time times the {@linkplain RoutingSpeeds#exposureFactor exposure factor}.
 * Staging candidates are the nodes outside the no-entry zones, at least {@link
 * RoutingSpeeds#MIN_STANDOFF_M} from the release, whose bearing from the release lies within {@link
 * RoutingSpeeds#UPWIND_HALF_ANGLE_DEG} of the direction the wind comes from; each responder stages
 * at the candidate nearest the release that it can reach — so the route stops at the no-entry
 * zone's upwind edge, to within an edge length. When no upwind candidate is reachable the flank
 * ({@link RoutingSpeeds#FLANK_HALF_ANGLE_DEG}) is searched and the route says so; with no wind
 * every direction is. Thread-safe.
 */
public final class ApproachPlanner {
    private final RoadGraph graph;

    public ApproachPlanner(RoadGraph graph) {
        this.graph = graph;
    }

    /**
     * Approach routes to the release at (sourceLon, sourceLat).
     *
     * @param windFromDeg direction the wind blows from, degrees clockwise from north; NaN unknown
     */
    public ApproachPlan plan(
            double sourceLon,
            double sourceLat,
            double windFromDeg,
            List<DangerZone> zones,
            List<Responder> responders,
            TravelMode mode) {
        ZoneOverlay overlay = new ZoneOverlay(graph, zones);
        ArcCosts costs = new ArcCosts(graph, mode, RouteMetric.TIME);
        for (RoadEdge e : graph.edges()) {
            if (overlay.edgeNoEntry.get(e.index())) costs.blockEdge(e.index());
            else
                costs.scaleEdge(
                        e.index(), RoutingSpeeds.exposureFactor(overlay.edgeSeverity[e.index()]));
        }
        Coordinate source = graph.toMetres(sourceLon, sourceLat);
        List<Candidate> candidates = candidates(source, windFromDeg, overlay, mode);
        List<ApproachRoute> routes = new ArrayList<>();
        List<ApproachPlan.NoApproach> findings = new ArrayList<>();
        for (Responder r : responders) {
            Coordinate at = graph.toMetres(r.lon(), r.lat());
            if (overlay.touchesNoEntry(RoadGraph.LON_LAT.createPoint(at))) {
                findings.add(
                        new ApproachPlan.NoApproach(
                                r.id(), "in-no-entry-zone", "inside a no-entry zone"));
                continue;
            }
            NodeSnap snap;
            try {
                snap =
                        RoadRouter.snap(
                                graph,
                                r.lon(),
                                r.lat(),
                                mode,
                                RoutingSpeeds.MAX_OFF_NETWORK_M,
                                r.id());
            } catch (RoutingException e) {
                findings.add(new ApproachPlan.NoApproach(r.id(), "off-network", e.getMessage()));
                continue;
            }
            StateSearch paths =
                    StateSearch.run(
                            graph.nodeCount(),
                            snap.node(),
                            (v, relax) -> {
                                for (int k = graph.outStart[v]; k < graph.outStart[v + 1]; k++) {
                                    int a = graph.outArcs[k];
                                    if (!costs.blocked.get(a))
                                        relax.to(graph.head(a), costs.cost[a], a);
                                }
                            });
            ApproachRoute route = route(r, at, snap, paths, candidates, overlay, windFromDeg, mode);
            if (route == null) {
                findings.add(
                        new ApproachPlan.NoApproach(
                                r.id(),
                                "no-staging-point",
                                "no staging point outside the no-entry zones is reachable by "
                                        + mode.id()));
            } else {
                routes.add(route);
            }
        }
        return new ApproachPlan(routes, findings);
    }

    private ApproachRoute route(
            Responder r,
            Coordinate at,
            NodeSnap snap,
            StateSearch paths,
            List<Candidate> candidates,
            ZoneOverlay overlay,
            double windFromDeg,
            TravelMode mode) {
        double[] sectors =
                Double.isNaN(windFromDeg)
                        ? new double[] {180}
                        : new double[] {
                            RoutingSpeeds.UPWIND_HALF_ANGLE_DEG, RoutingSpeeds.FLANK_HALF_ANGLE_DEG
                        };
        for (double sector : sectors) {
            for (Candidate c : candidates) {
                if (c.offUpwindDeg() > sector) continue;
                if (Double.isInfinite(paths.dist[c.node()])) continue;
                List<Arc> arcs = new ArrayList<>();
                for (int v = c.node(); paths.pred[v] >= 0; v = paths.pred[v])
                    arcs.add(Arc.byId(paths.predArc[v]));
                Collections.reverse(arcs);
                PathLine line = new PathLine(graph, mode, at, snap.node(), arcs, null);
                if (overlay.touchesNoEntry(line.metres)) continue;
                return new ApproachRoute(
                        r.id(),
                        mode,
                        graph.nodeLon(c.node()),
                        graph.nodeLat(c.node()),
                        c.fromSourceM(),
                        c.offUpwindDeg(),
                        sector,
                        line.lengthM,
                        line.modeS,
                        overlay.lengthInside(line.metres),
                        line.lonLat());
            }
        }
        return null;
    }

    private List<Candidate> candidates(
            Coordinate source, double windFromDeg, ZoneOverlay overlay, TravelMode mode) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (!graph.usable(v, mode) || overlay.nodeNoEntry.get(v)) continue;
            Coordinate c = graph.nodeMetres(v);
            double d = c.distance(source);
            if (d < RoutingSpeeds.MIN_STANDOFF_M) continue;
            double off = 0;
            if (!Double.isNaN(windFromDeg)) {
                double bearing = Math.toDegrees(Math.atan2(c.x - source.x, c.y - source.y));
                double diff = Math.abs(((bearing - windFromDeg) % 360 + 360) % 360);
                off = Math.min(diff, 360 - diff);
            }
            out.add(new Candidate(v, d, off));
        }
        out.sort(Comparator.comparingDouble(Candidate::fromSourceM));
        return out;
    }

    /** A possible staging node with its distance from the release and its angle off upwind. */
    private record Candidate(int node, double fromSourceM, double offUpwindDeg) {}
}
