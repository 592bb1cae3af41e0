package org.parkwatch.backend.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.service.IncidentFeed;
import org.parkwatch.backend.gis.GisRepository;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.risk.zones.IncidentThreats;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.routing.TravelMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evacuation and responder routes (issue 14, scope 4): the {@link RoutingService} over the layers
 * of the store, its graph built at start and rebuilt after every layer import; every new
 * threat-zone run of an incident (opened, the wind turned, an operator re-ran it) computes the
 * incident's walking evacuation and approach routes (the park's responders and every team
 * dispatched to it, {@link DispatchedTeams}) on a worker and pushes them as {@link
 * RoutingJson#PUSH_TYPE} to the incident's enterprises and the park roles; so does a dispatch or a
 * release ({@link #refresh}). Other capabilities use the {@link RoutePlanning} port ({@link
 * #planning}).
 */
public final class RoutingCapability implements Capability {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingCapability.class);

    private final Vertx vertx;
    private final RoutingService service;
    private final PushPublisher push;
    private final IncidentThreats threats;
    private final List<RouteSpec> routes;

    /**
     * @param onLayersChanged registers a listener run on a worker after any layer import
     * @param dispatched the teams dispatched to an incident, each given an approach route
     */
    public RoutingCapability(
            Vertx vertx,
            GisRepository gis,
            IncidentFeed incidents,
            IncidentThreats threats,
            TenantScope tenancy,
            PushPublisher push,
            Consumer<Runnable> onLayersChanged,
            DispatchedTeams dispatched,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.push = push;
        this.threats = threats;
        RoutingLayersReader reader = new RoutingLayersReader(gis);
        this.service = new RoutingService(reader::read, threats, dispatched, clockMs);
        this.routes = new RoutingRoutes(service, incidents::incident, vertx, tenancy).routes();
        threats.addThreatListener(this::zonesChanged);
        onLayersChanged.accept(this::layersChanged);
    }

    /** The port for other capabilities. */
    public RoutePlanning planning() {
        return service;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    /** Builds the graph; a failure is logged and routing answers from an empty graph. */
    @Override
    public Future<?> start() {
        return vertx.executeBlocking(service::rebuild, false)
                .recover(
                        e -> {
                            LOG.error("road graph not built: {}", e.toString());
                            return Future.succeededFuture();
                        });
    }

    @Override
    public Future<?> stop() {
        return Future.succeededFuture();
    }

    private void layersChanged() {
        try {
            service.rebuild();
        } catch (Exception e) {
            LOG.error("road graph not rebuilt, the old one stays: {}", e.toString());
        }
    }

    /**
     * Recomputes and pushes the incident's routes for its latest zones (a team was dispatched or
     * released); nothing when it has no zones. Returns at once.
     */
    public void refresh(String incidentId) {
        threats.current(incidentId).ifPresent(this::zonesChanged);
    }

    /** A new zone run: recompute the incident's routes off the context and push them. */
    private void zonesChanged(IncidentThreat threat) {
        vertx.executeBlocking(() -> service.routes(threat, TravelMode.WALK), false)
                .onSuccess(
                        r ->
                                push.publish(
                                        RoutingJson.PUSH_TYPE,
                                        PushOwners.ofTagged(threat.enterpriseIds()),
                                        RoutingJson.pushMessage(r)))
                .onFailure(
                        e ->
                                LOG.warn(
                                        "no routes for incident {}: {}",
                                        threat.incidentId(),
                                        e.toString()));
    }
}
