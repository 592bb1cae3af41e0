package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Evacuation out of threat zones: for every population target touching an evacuate zone (ERPG-2 or
 * worse), routes for its people to shelters outside every zone, within the shelters' capacity.
 *
 * <p><b>Routes.</b> Each route is a shortest path on a three-layer graph. In the first layer
 * ("leaving") every arc the mode may use costs its time times the {@linkplain
 * RoutingSpeeds#exposureFactor exposure factor} of the worst zone it touches. At any node outside
 * the evacuation zones the route may step, at no cost, into the second layer, which holds only arcs
 * touching no evacuation zone (milder zones, weighted, may still be crossed: nested zones leave no
 * other way out); at any node outside every zone it may step into the third layer ("safe"), whose
 * arcs touch no zone and which ends at the shelters. Arcs of the first two layers start only at
 * nodes inside a zone of their kind, so a route that is out must step up. So the way out is the
 * least exposed one, a route never re-enters an evacuation zone once out of it and never touches a
 * zone once out of all of them — exact, not a penalty that a short cut could outweigh. Both rules
 * are checked with JTS on the finished line before a route is given.
 *
 * <p><b>Capacity: greedy, not min-cost flow.</b> Targets are served in order — highly sensitive
 * ones first (schools, hospitals), then by worst zone severity, then by people, most first — and
 * each sends as many people as fit to its fastest shelter, the rest to the next fastest, and so on.
 * This is what an incident commander does by hand and explains itself; it may cost more total
 * person-time than a min-cost flow when shelters are tight. People left over are a {@link
 * ShelterInPlace} finding, as are targets with no safe route, off the network, or with no shelter
 * outside the zones. Thread-safe (no state between plans).
 */
public final class EvacuationPlanner {
    /** Why a shelter is unusable: it lies in a zone. */
    public static final String UNUSABLE_IN_ZONE = "in-zone";

    /** Why a shelter is unusable: its capacity is 0. */
    public static final String UNUSABLE_NO_CAPACITY = "no-capacity";

    /** Why a shelter is unusable: it is farther from a road than allowed. */
    public static final String UNUSABLE_OFF_NETWORK = "off-network";

    /** Why a shelter is unusable: the road node it is reached from lies in a zone. */
    public static final String UNUSABLE_ACCESS_IN_ZONE = "access-in-zone";

    /** Relative extra cost of the leaving layer outside the zones (a tie-break only). */
    private static final double TIE_BREAK = 1e-6;

    private final RoadGraph graph;

    public EvacuationPlanner(RoadGraph graph) {
        this.graph = graph;
    }

    /** The plan for {@code targets} (those touching an evacuate zone) with {@code mode}. */
    public EvacuationPlan plan(
            List<DangerZone> zones,
            List<PopulationTarget> targets,
            List<Shelter> shelters,
            TravelMode mode) {
        ZoneOverlay overlay = new ZoneOverlay(graph, zones);
        double[][] costs = layerCosts(overlay, mode);
        Map<String, String> unusable = new LinkedHashMap<>();
        Map<String, Integer> load = new LinkedHashMap<>();
        List<Exit> exits = new ArrayList<>();
        for (Shelter s : shelters) {
            Optional<String> why = unusable(s, overlay, mode);
            if (why.isPresent()) {
                unusable.put(s.id(), why.get());
                continue;
            }
            NodeSnap snap = graph.snap(s.lon(), s.lat(), mode).orElseThrow();
            exits.add(new Exit(s, snap, towards(snap.node(), costs, overlay)));
            load.put(s.id(), 0);
        }
        List<Evacuee> evacuees = evacuees(zones, targets);
        evacuees.sort(Evacuee.ORDER);
        List<EvacuationRoute> routes = new ArrayList<>();
        List<ShelterInPlace> findings = new ArrayList<>();
        for (Evacuee ev : evacuees) {
            new Allocation(ev, overlay, mode, exits, load, unusable.size()).run(routes, findings);
        }
        return new EvacuationPlan(routes, findings, load, unusable);
    }

    /**
     * The cost of every road arc in each layer of the three-layer graph (state = layer × n + node:
     * still leaving, out of the evacuation zones, safe); infinite where the arc is not in the
     * layer.
     */
    private double[][] layerCosts(ZoneOverlay overlay, TravelMode mode) {
        double[][] w = new double[3][graph.arcCount()];
        for (double[] layer : w) Arrays.fill(layer, Double.POSITIVE_INFINITY);
        for (RoadEdge e : graph.edges()) {
            int sev = overlay.edgeSeverity[e.index()];
            boolean evacuate = overlay.edgeEvacuate.get(e.index());
            for (boolean fwd : new boolean[] {true, false}) {
                if (!e.allows(mode, fwd)) continue;
                Arc a = Arc.of(e.index(), fwd);
                for (int layer = 0; layer < 3; layer++) {
                    if (!inLayer(overlay, layer, graph.tail(a), evacuate, sev)) continue;
                    // a lower layer costs a hair more, so a route steps up where it last leaves
                    double tie = 1 + TIE_BREAK * (2 - layer);
                    w[layer][a.id()] = e.timeS(mode) * RoutingSpeeds.exposureFactor(sev) * tie;
                }
            }
        }
        return w;
    }

    /**
     * Every state's shortest way to the shelter's safe node: a search backwards from it, over the
     * road arcs of each layer and the free steps up (leaving → out at a node outside the evacuation
     * zones, out → safe at a node outside every zone).
     */
    private StateSearch towards(int shelterNode, double[][] w, ZoneOverlay overlay) {
        int n = graph.nodeCount();
        return StateSearch.run(
                3 * n,
                2 * n + shelterNode,
                (state, relax) -> {
                    int layer = state / n;
                    int v = state % n;
                    for (int k = graph.inStart[v]; k < graph.inStart[v + 1]; k++) {
                        int a = graph.inArcs[k];
                        double c = w[layer][a];
                        if (c < Double.POSITIVE_INFINITY) relax.to(layer * n + graph.tail(a), c, a);
                    }
                    if (layer == 2 && overlay.nodeSeverity[v] == 0) relax.to(n + v, 0, -1);
                    if (layer == 1 && !overlay.nodeEvacuate.get(v)) relax.to(v, 0, -1);
                });
    }

    /**
     * Whether a road arc belongs to a layer: leaving arcs start inside an evacuation zone; arcs of
     * the second layer touch no evacuation zone and start inside a milder one; safe arcs touch no
     * zone. A route that is out can therefore only step up, never go back in.
     */
    private static boolean inLayer(
            ZoneOverlay overlay, int layer, int tail, boolean evacuate, int severity) {
        return switch (layer) {
            case 0 -> overlay.nodeEvacuate.get(tail);
            case 1 -> !evacuate && overlay.nodeSeverity[tail] > 0;
            default -> severity == 0;
        };
    }

    private Optional<String> unusable(Shelter s, ZoneOverlay overlay, TravelMode mode) {
        Coordinate at = graph.toMetres(s.lon(), s.lat());
        if (overlay.pointInAny(at)) return Optional.of(UNUSABLE_IN_ZONE);
        if (s.capacity() == 0) return Optional.of(UNUSABLE_NO_CAPACITY);
        Optional<NodeSnap> snap = graph.snap(s.lon(), s.lat(), mode);
        if (snap.isEmpty() || snap.get().distanceM() > RoutingSpeeds.MAX_OFF_NETWORK_M)
            return Optional.of(UNUSABLE_OFF_NETWORK);
        if (overlay.nodeSeverity[snap.get().node()] != 0)
            return Optional.of(UNUSABLE_ACCESS_IN_ZONE);
        return Optional.empty();
    }

    private List<Evacuee> evacuees(List<DangerZone> zones, List<PopulationTarget> targets) {
        List<Evacuee> out = new ArrayList<>();
        for (PopulationTarget t : targets) {
            boolean evacuate = false;
            int worst = 0;
            for (DangerZone z : zones) {
                if (z.area().isEmpty() || !z.area().intersects(t.area())) continue;
                evacuate |= z.evacuate();
                worst = Math.max(worst, z.severity());
            }
            if (evacuate) out.add(new Evacuee(t, worst));
        }
        return out;
    }

    /** A usable shelter with every state's shortest way to it. */
    record Exit(Shelter shelter, NodeSnap snap, StateSearch paths) {}

    /** A target to evacuate with the worst severity of the zones it touches. */
    record Evacuee(PopulationTarget target, int worst) {
        static final Comparator<Evacuee> ORDER =
                Comparator.comparing((Evacuee e) -> !e.target().sensitive())
                        .thenComparing(e -> -e.worst())
                        .thenComparing(e -> -e.target().people())
                        .thenComparing(e -> e.target().id());
    }

    /** One target's share-out over the shelters, fastest first. */
    private final class Allocation {
        private final Evacuee ev;
        private final ZoneOverlay overlay;
        private final TravelMode mode;
        private final List<Exit> exits;
        private final Map<String, Integer> load;
        private final int unusableShelters;

        Allocation(
                Evacuee ev,
                ZoneOverlay overlay,
                TravelMode mode,
                List<Exit> exits,
                Map<String, Integer> load,
                int unusableShelters) {
            this.ev = ev;
            this.overlay = overlay;
            this.mode = mode;
            this.exits = exits;
            this.load = load;
            this.unusableShelters = unusableShelters;
        }

        void run(List<EvacuationRoute> routes, List<ShelterInPlace> findings) {
            PopulationTarget t = ev.target();
            Point from = t.area().getInteriorPoint();
            Optional<NodeSnap> snap = graph.snap(from.getX(), from.getY(), mode);
            if (snap.isEmpty() || snap.get().distanceM() > RoutingSpeeds.MAX_OFF_NETWORK_M) {
                findings.add(
                        finding(
                                t.people(),
                                ShelterInPlace.Reason.OFF_NETWORK,
                                "no road for "
                                        + mode.id()
                                        + " within "
                                        + (int) RoutingSpeeds.MAX_OFF_NETWORK_M
                                        + " m"));
                return;
            }
            if (exits.isEmpty()) {
                findings.add(
                        finding(
                                t.people(),
                                ShelterInPlace.Reason.NO_SHELTER_OUTSIDE_ZONES,
                                "none of the shelters is usable ("
                                        + unusableShelters
                                        + " in a zone, full or off the network)"));
                return;
            }
            Coordinate start = graph.toMetres(from.getX(), from.getY());
            List<Exit> byTime = new ArrayList<>(exits);
            double[] cost = new double[exits.size()];
            for (int i = 0; i < exits.size(); i++)
                cost[i] = exits.get(i).paths().dist[snap.get().node()];
            byTime.sort(Comparator.comparingDouble(x -> cost[exits.indexOf(x)]));
            int left = t.people();
            boolean anyRoute = false;
            for (Exit x : byTime) {
                if (Double.isInfinite(cost[exits.indexOf(x)])) break;
                int room = x.shelter().capacity() - load.get(x.shelter().id());
                if (room <= 0 && t.people() > 0) {
                    anyRoute = true;
                    continue;
                }
                EvacuationRoute r = route(snap.get(), start, x, Math.min(left, Math.max(room, 0)));
                if (r == null) continue;
                anyRoute = true;
                routes.add(r);
                load.merge(x.shelter().id(), r.people(), Integer::sum);
                left -= r.people();
                if (left <= 0) break;
            }
            if (left > 0 || !anyRoute) {
                findings.add(
                        anyRoute
                                ? finding(
                                        left,
                                        ShelterInPlace.Reason.SHELTERS_FULL,
                                        "the reachable shelters are full: "
                                                + left
                                                + " people have no place")
                                : finding(
                                        left,
                                        ShelterInPlace.Reason.NO_SAFE_ROUTE,
                                        "every way to a shelter outside the zones crosses a zone"
                                                + " after leaving it, or no open road leads out"));
            }
        }

        /** The route to one shelter, or null when its safe leg fails the JTS check. */
        private EvacuationRoute route(NodeSnap snap, Coordinate start, Exit x, int people) {
            int n = graph.nodeCount();
            List<List<Arc>> legs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int[] stepNode = {snap.node(), snap.node(), snap.node()};
            StateSearch tree = x.paths();
            for (int s = snap.node(); tree.pred[s] >= 0; s = tree.pred[s]) {
                int next = tree.pred[s];
                if (tree.predArc[s] >= 0) legs.get(s / n).add(Arc.byId(tree.predArc[s]));
                else stepNode[next / n] = next % n;
            }
            Coordinate end = graph.toMetres(x.shelter().lon(), x.shelter().lat());
            PathLine exit = new PathLine(graph, mode, start, snap.node(), legs.get(0), null);
            PathLine mild = new PathLine(graph, mode, null, stepNode[1], legs.get(1), null);
            PathLine rest = new PathLine(graph, mode, null, stepNode[2], legs.get(2), end);
            if (overlay.touchesEvacuate(mild.metres) || overlay.touchesAny(rest.metres))
                return null;
            Double drive =
                    exit.driveS == null || mild.driveS == null || rest.driveS == null
                            ? null
                            : exit.driveS + mild.driveS + rest.driveS;
            return new EvacuationRoute(
                    ev.target().id(),
                    x.shelter().id(),
                    people,
                    mode,
                    exit.lengthM + mild.lengthM + rest.lengthM,
                    exit.walkS + mild.walkS + rest.walkS,
                    drive,
                    overlay.lengthInside(exit.metres) + overlay.lengthInside(mild.metres),
                    ev.worst(),
                    PathLine.join(exit, mild),
                    rest.lonLat());
        }

        private ShelterInPlace finding(int people, ShelterInPlace.Reason reason, String why) {
            return new ShelterInPlace(ev.target().id(), people, reason, why);
        }
    }
}
