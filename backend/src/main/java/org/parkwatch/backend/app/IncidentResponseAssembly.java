package org.parkwatch.backend.app;

import io.vertx.core.Vertx;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.emergency.EmergencyCapability;
import org.parkwatch.backend.emergency.EmergencyOptions;
import org.parkwatch.backend.emergency.StraightLineTravelTimes;
import org.parkwatch.backend.emergency.ZoneFactsJson;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.notify.NotifyCapability;
import org.parkwatch.backend.push.PushHub;
import org.parkwatch.backend.risk.zones.ThreatZoneCapability;
import org.parkwatch.backend.routing.RoutingCapability;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Builds the incident-response chain that follows the alarm service's incidents: threat zones
 * computed for each incident, responder and evacuation routes around those zones, and emergency
 * command with its ETAs on the road graph, its notifications and its replay. Holds what the three
 * share (park, infrastructure, the incident feed) so {@link Capabilities} names only what differs;
 * each method builds one capability, and {@link Capabilities} adds them in its start order (other
 * capabilities are built between routing and emergency command).
 */
final class IncidentResponseAssembly {
    private final ParkCatalog park;
    private final Vertx vertx;
    private final Store store;
    private final LiveState live;
    private final TenantScope tenancy;
    private final PushHub push;
    private final AlarmService incidents;
    private final LongSupplier clockMs;

    /**
     * @param incidents the alarm service, the incident feed the whole chain follows
     */
    IncidentResponseAssembly(
            ParkCatalog park,
            Vertx vertx,
            Store store,
            LiveState live,
            TenantScope tenancy,
            PushHub push,
            AlarmService incidents,
            LongSupplier clockMs) {
        this.park = park;
        this.vertx = vertx;
        this.store = store;
        this.live = live;
        this.tenancy = tenancy;
        this.push = push;
        this.incidents = incidents;
        this.clockMs = clockMs;
    }

    /** Threat zones of each incident, on the memory spatial index. */
    ThreatZoneCapability threatZones(Supplier<SpatialQueries> spatial) {
        return new ThreatZoneCapability(
                park, vertx, store.database(), live, tenancy, push, spatial, incidents, clockMs);
    }

    /**
     * Routes around the incidents' zones; the road layers are read again when the layers change.
     *
     * @param emergency emergency command once built (it is built later): its committed teams
     */
    RoutingCapability routing(ThreatZoneCapability zones, Supplier<EmergencyCapability> emergency) {
        return new RoutingCapability(
                vertx,
                store.gis(),
                incidents,
                zones.threats(),
                tenancy,
                push,
                store::addLayersListener,
                new CommittedTeams(emergency),
                clockMs);
    }

    /**
     * Emergency command: ETAs on the road graph (straight line at the configured speeds, labelled,
     * where it has no way); notifications through the notification capability; the replay of an
     * incident from live state, history, zones and routes.
     */
    EmergencyCapability emergency(
            EmergencyOptions options,
            ThreatZoneCapability zones,
            RoutingCapability routing,
            NotifyCapability notification) {
        return new EmergencyCapability(
                park,
                vertx,
                store.database(),
                tenancy,
                push,
                incidents,
                ZoneFactsJson.source(zones::latest, park),
                new RoadTravelTimes(
                        routing.planning(),
                        new StraightLineTravelTimes(
                                options.drivingKmPerH(), options.walkingKmPerH())),
                new EmergencyNotifications(notification.notifications()).port(),
                new IncidentReplaySources(
                        live, store.history(), incidents, zones.threats(), routing.planning()),
                clockMs);
    }
}
