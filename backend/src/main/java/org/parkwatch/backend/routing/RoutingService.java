package org.parkwatch.backend.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.risk.zones.IncidentThreats;
import org.parkwatch.model.routing.ApproachPlan;
import org.parkwatch.model.routing.ApproachPlanner;
import org.parkwatch.model.routing.DangerZone;
import org.parkwatch.model.routing.EvacuationPlan;
import org.parkwatch.model.routing.EvacuationPlanner;
import org.parkwatch.model.routing.Responder;
import org.parkwatch.model.routing.RoadGraph;
import org.parkwatch.model.routing.RoadGraphBuilder;
import org.parkwatch.model.routing.RoadRouter;
import org.parkwatch.model.routing.Route;
import org.parkwatch.model.routing.RouteQuery;
import org.parkwatch.model.routing.TravelMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the road graph built from the layers (rebuilt by {@link #rebuild} at start and after every
 * layer import; requests in flight keep the graph they started with) and answers the {@link
 * RoutePlanning} port. An incident's routes are cached per threat-zone run, graph version, mode and
 * dispatched teams, so a new run (the wind turned), a new graph or a team sent or released computes
 * them afresh. Thread-safe; every method but {@link #network} blocks.
 */
public final class RoutingService implements RoutePlanning {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingService.class);

    private final Callable<RoutingLayers> layers;
    private final IncidentThreats threats;
    private final DispatchedTeams dispatched;
    private final LongSupplier clock;
    private final Map<String, IncidentRoutes> cache = new ConcurrentHashMap<>();
    private volatile Network network;

    /**
     * @param layers reads the layers (blocking)
     * @param dispatched the teams dispatched to an incident (blocking)
     */
    public RoutingService(
            Callable<RoutingLayers> layers,
            IncidentThreats threats,
            DispatchedTeams dispatched,
            LongSupplier clock) {
        this.layers = layers;
        this.threats = threats;
        this.dispatched = dispatched;
        this.clock = clock;
        this.network = Network.empty();
    }

    /** The road graph with what it was built from. */
    public record Network(
            RoadGraph graph,
            RoutingLayers layers,
            int version,
            long builtMs,
            double buildMs,
            RoadRouter router,
            EvacuationPlanner evacuation,
            ApproachPlanner approach) {
        static Network empty() {
            return of(
                    new RoutingLayers(List.of(), List.of(), List.of(), List.of(), List.of()), 0, 0);
        }

        /** A graph built now from {@code layers}. */
        public static Network of(RoutingLayers layers, int version, long nowMs) {
            long t0 = System.nanoTime();
            RoadGraph g = RoadGraphBuilder.build(layers.roads());
            return new Network(
                    g,
                    layers,
                    version,
                    nowMs,
                    (System.nanoTime() - t0) / 1e6,
                    new RoadRouter(g),
                    new EvacuationPlanner(g),
                    new ApproachPlanner(g));
        }
    }

    /** Reads the layers and builds a new graph; on failure keeps the old one and rethrows. */
    public synchronized Network rebuild() throws Exception {
        RoutingLayers read = layers.call();
        Network next = Network.of(read, network.version() + 1, clock.getAsLong());
        network = next;
        cache.clear();
        LOG.info(
                "road graph v{}: {} roads, {} nodes, {} edges in {} ms; {} features left out",
                next.version(),
                read.roads().size(),
                next.graph().nodeCount(),
                next.graph().edges().size(),
                Math.round(next.buildMs()),
                read.problems().size());
        for (String p : read.problems()) LOG.warn("routing: {}", p);
        return next;
    }

    public Network network() {
        return network;
    }

    @Override
    public RoadGraph graph() {
        return network.graph();
    }

    @Override
    public List<Geometry> hazmatAvoidAreas(IncidentThreat threat) {
        return ZoneRules.of(threat).stream()
                .filter(z -> z.evacuate() || z.noEntry())
                .map(DangerZone::area)
                .toList();
    }

    @Override
    public Route route(RouteQuery query) {
        return network.router().route(query);
    }

    @Override
    public Optional<IncidentRoutes> incidentRoutes(String incidentId, TravelMode mode) {
        Optional<IncidentThreat> t = threats.current(incidentId);
        if (t.isEmpty()) return Optional.empty();
        try {
            return Optional.of(routes(t.get(), mode));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "teams dispatched to " + incidentId + " not read: " + e.getMessage(), e);
        }
    }

    /**
     * The routes for this threat, from the cache when it matches run, graph, mode and dispatched
     * teams.
     *
     * @throws Exception the dispatched teams could not be read
     */
    public IncidentRoutes routes(IncidentThreat threat, TravelMode mode) throws Exception {
        Network n = network;
        List<ResponderPlace> teams = dispatched.of(threat.incidentId());
        String key = threat.incidentId() + "|" + mode.id();
        IncidentRoutes cached = cache.get(key);
        if (cached != null
                && cached.zoneRunId().equals(threat.runId())
                && cached.networkVersion() == n.version()
                && cached.dispatchedTeams().equals(teams)) return cached;
        IncidentRoutes fresh = compute(n, threat, mode, teams, clock.getAsLong());
        cache.put(key, fresh);
        return fresh;
    }

    @Override
    public IncidentRoutes routesFor(IncidentThreat zones, TravelMode mode) {
        Network n = network;
        IncidentRoutes cached = cache.get(zones.incidentId() + "|" + mode.id());
        if (cached != null
                && cached.zoneRunId().equals(zones.runId())
                && cached.networkVersion() == n.version()) return cached;
        // an earlier run (a replay): the teams dispatched then are not known here, so none
        return compute(n, zones, mode, List.of(), clock.getAsLong());
    }

    @Override
    public Optional<ApproachPlan> approach(
            String incidentId, List<Responder> responders, TravelMode mode) {
        Network n = network;
        return threats.current(incidentId)
                .map(
                        t ->
                                n.approach()
                                        .plan(
                                                t.sourceLon(),
                                                t.sourceLat(),
                                                wind(t),
                                                ZoneRules.of(t),
                                                responders,
                                                mode));
    }

    /**
     * Evacuation, approach of the park's responders and of the dispatched teams for one threat on
     * one graph.
     */
    public static IncidentRoutes compute(
            Network n,
            IncidentThreat t,
            TravelMode mode,
            List<ResponderPlace> dispatchedTeams,
            long nowMs) {
        long t0 = System.nanoTime();
        List<DangerZone> zones = ZoneRules.of(t);
        RoutingLayers l = n.layers();
        EvacuationPlan evacuation = n.evacuation().plan(zones, l.targets(), l.shelters(), mode);
        ApproachPlan approach = approach(n, t, zones, l.responders());
        ApproachPlan dispatched = approach(n, t, zones, dispatchedTeams);
        return new IncidentRoutes(
                t.incidentId(),
                t.runId(),
                t.enterpriseIds(),
                nowMs,
                n.version(),
                t.sourceLon(),
                t.sourceLat(),
                t.windFromDeg(),
                mode,
                zones,
                evacuation,
                approach,
                l,
                dispatchedTeams,
                dispatched,
                (System.nanoTime() - t0) / 1e6);
    }

    /** Driving approach of {@code places} to the release, staging upwind. */
    private static ApproachPlan approach(
            Network n, IncidentThreat t, List<DangerZone> zones, List<ResponderPlace> places) {
        if (places.isEmpty()) return new ApproachPlan(List.of(), List.of());
        List<Responder> responders =
                places.stream().map(r -> new Responder(r.id(), r.lon(), r.lat())).toList();
        return n.approach()
                .plan(t.sourceLon(), t.sourceLat(), wind(t), zones, responders, TravelMode.DRIVE);
    }

    private static double wind(IncidentThreat t) {
        return t.windFromDeg() == null ? Double.NaN : t.windFromDeg();
    }
}
