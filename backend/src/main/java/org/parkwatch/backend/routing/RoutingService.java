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
 * RoutePlanning} port. An incident's routes are cached per threat-zone run, graph version and mode,
 * so a new run (the wind turned) or a new graph computes them afresh. Thread-safe; every method but
 * {@link #network} blocks.
 */
public final class RoutingService implements RoutePlanning {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingService.class);

    private final Callable<RoutingLayers> layers;
    private final IncidentThreats threats;
    private final LongSupplier clock;
    private final Map<String, IncidentRoutes> cache = new ConcurrentHashMap<>();
    private volatile Network network;

    /**
     * @param layers reads the layers (blocking)
     */
    public RoutingService(
            Callable<RoutingLayers> layers, IncidentThreats threats, LongSupplier clock) {
        this.layers = layers;
        this.threats = threats;
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
        return threats.current(incidentId).map(t -> routes(t, mode));
    }

    /** The routes for this threat, from the cache when it matches run, graph and mode. */
    public IncidentRoutes routes(IncidentThreat threat, TravelMode mode) {
        Network n = network;
        String key = threat.incidentId() + "|" + mode.id();
        IncidentRoutes cached = cache.get(key);
        if (cached != null
                && cached.zoneRunId().equals(threat.runId())
                && cached.networkVersion() == n.version()) return cached;
        IncidentRoutes fresh = compute(n, threat, mode, clock.getAsLong());
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
        return compute(n, zones, mode, clock.getAsLong());
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

    /** Evacuation and approach of the park's responders for one threat on one graph. */
    public static IncidentRoutes compute(Network n, IncidentThreat t, TravelMode mode, long nowMs) {
        long t0 = System.nanoTime();
        List<DangerZone> zones = ZoneRules.of(t);
        RoutingLayers l = n.layers();
        EvacuationPlan evacuation = n.evacuation().plan(zones, l.targets(), l.shelters(), mode);
        List<Responder> responders =
                l.responders().stream().map(r -> new Responder(r.id(), r.lon(), r.lat())).toList();
        ApproachPlan approach =
                n.approach()
                        .plan(
                                t.sourceLon(),
                                t.sourceLat(),
                                wind(t),
                                zones,
                                responders,
                                TravelMode.DRIVE);
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
                (System.nanoTime() - t0) / 1e6);
    }

    private static double wind(IncidentThreat t) {
        return t.windFromDeg() == null ? Double.NaN : t.windFromDeg();
    }
}
