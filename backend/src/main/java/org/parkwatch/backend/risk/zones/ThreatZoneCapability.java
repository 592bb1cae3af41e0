package org.parkwatch.backend.risk.zones;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.service.IncidentFeed;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Threat zones (issue 6): the {@link ThreatZoneService} over the park's features and the spatial
 * index, the {@link IncidentZones} that follow the incidents of the {@link IncidentFeed} as they
 * open, change and close and compare the live wind with each open incident's latest run every
 * {@link #WIND_CHECK_MS} ms, their runs restored from and stored in the database, and the {@link
 * ThreatZoneRoutes}. Zone messages are pushed to the incident's enterprises.
 */
public final class ThreatZoneCapability implements Capability {
    /**
     * How often the live wind is compared with the open incidents' latest runs, ms. The check is a
     * walk over the open incidents (none on a quiet day), so it runs often: the wait for it is part
     * of the ≤ 1 s from a wind change to new routes (issue 14).
     */
    public static final long WIND_CHECK_MS = 100;

    /** Runs restored from the database at start. */
    public static final int RESTORE_LIMIT = 2000;

    private final Vertx vertx;
    private final Database database;
    private final IncidentZones zones;
    private final List<RouteSpec> routes;
    private final IncidentThreats threats;
    private long timer = -1;

    public ThreatZoneCapability(
            ParkCatalog park,
            Vertx vertx,
            Database database,
            LiveState live,
            TenantScope tenancy,
            PushPublisher push,
            Supplier<SpatialQueries> spatial,
            IncidentFeed incidents,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.database = database;
        LinkageFeatures features = LinkageFeatures.from(park);
        ChemicalProperties chemicals = ChemicalProperties.loadDefault();
        ThreatZoneService service = new ThreatZoneService(features, spatial, chemicals);
        LiveWeather weather = new LiveWeather(park, live);
        this.zones =
                new IncidentZones(
                        service,
                        new IncidentReleases(features, chemicals, incidents::linkageOf),
                        weather::read,
                        clockMs,
                        push);
        incidents.addIncidentListener(zones);
        this.threats = new IncidentThreatsJson(zones, incidents::incident);
        this.routes =
                new ThreatZoneRoutes(
                                service,
                                zones,
                                incidents::incident,
                                weather::read,
                                vertx,
                                clockMs,
                                tenancy)
                        .routes();
    }

    /**
     * The latest threat-zone run of an incident, if any: the port other capabilities (emergency
     * command) read the zones through.
     */
    public Optional<ZoneRun> latest(String incidentId) {
        return zones.latest(incidentId);
    }

    /** The incidents' latest zones and their new runs, typed, for other capabilities. */
    public IncidentThreats threats() {
        return threats;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    /**
     * Restores the stored runs, then follows the wind (the timer runs on the ingest context, like
     * start).
     */
    @Override
    public Future<?> start() {
        return zones.start(vertx, new ThreatZoneRepository(database), RESTORE_LIMIT)
                .onSuccess(v -> timer = vertx.setPeriodic(WIND_CHECK_MS, id -> zones.followWind()));
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return zones.stop();
    }
}
