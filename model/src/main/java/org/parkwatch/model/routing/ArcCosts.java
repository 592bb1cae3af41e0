package org.parkwatch.model.routing;

import java.util.BitSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The per-query view of a road graph for JGraphT's shortest paths: the arcs a query may not use
 * masked out, the others weighted by a cost array indexed by {@link Arc#id}.
 */
final class ArcCosts {
    final BitSet blocked;
    final double[] cost;

    /** Every arc the mode may not use blocked; costs by metric for the mode. */
    ArcCosts(RoadGraph g, TravelMode mode, RouteMetric metric) {
        blocked = new BitSet(g.arcCount());
        cost = new double[g.arcCount()];
        for (RoadEdge e : g.edges()) {
            double c = metric == RouteMetric.TIME ? e.timeS(mode) : e.lengthM();
            for (boolean fwd : new boolean[] {true, false}) {
                int id = Arc.of(e.index(), fwd).id();
                cost[id] = c;
                if (!e.allows(mode, fwd)) blocked.set(id);
            }
        }
    }

    /** Blocks both arcs of an edge. */
    void blockEdge(int edge) {
        blocked.set(2 * edge);
        blocked.set(2 * edge + 1);
    }

    /** Multiplies the cost of both arcs of an edge. */
    void scaleEdge(int edge, double factor) {
        cost[2 * edge] *= factor;
        cost[2 * edge + 1] *= factor;
    }

    /** The graph without the blocked arcs, weighted by cost; a live view of these arrays. */
    Graph<Integer, Arc> view(RoadGraph g) {
        return new AsWeightedGraph<>(
                new MaskSubgraph<>(g.graph(), v -> false, a -> blocked.get(a.id())),
                a -> cost[a.id()],
                false,
                false);
    }
}
