package org.parkwatch.backend.risk.zones;

import io.vertx.core.Future;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.platform.ParkWatchBackend;

/**
 * Plugs threat zones into the backend before it starts: the {@link ThreatZoneService} over the park's features (the
 * store's spatial index when there is a database), the {@link IncidentZones} that hear the alarm service's
 * incidents as they open, change and close and look at the live wind every {@link #WIND_CHECK_MS} ms, their runs
 * restored from and stored in the database, and the {@link ThreatZoneRoutes}.
 */
public final class ThreatZoneModule {
    /** How often the live wind is compared with the open incidents' latest runs, ms. */
    public static final long WIND_CHECK_MS = 500;
    /** Runs restored from the database at start. */
    public static final int RESTORE_LIMIT = 2000;

    private ThreatZoneModule() {
    }

    /** @param alarms the installed alarm service (its incidents and their linkage packages) */
    public static IncidentZones install(ParkWatchBackend backend, AlarmService alarms) {
        LinkageFeatures features = LinkageFeatures.from(backend.park());
        Supplier<SpatialQueries> spatial = () -> backend.store() == null ? null : backend.store().spatialIndex();
        ChemicalProperties chemicals = ChemicalProperties.loadDefault();
        ThreatZoneService service = new ThreatZoneService(features, spatial, chemicals);
        LiveWeather weather = new LiveWeather(backend.park(), backend.live());
        IncidentZones zones = new IncidentZones(service, new IncidentReleases(features, chemicals, alarms::linkageOf),
                weather::read, System::currentTimeMillis, (type, payload) -> backend.push().publish(type, payload));
        alarms.addIncidentListener(zones);
        backend.addRoutes(new ThreatZoneRoutes(service, zones, alarms::incident, weather::read, backend.vertx(),
                System::currentTimeMillis, backend.tenancy()).routes());
        backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
            private long timer = -1;

            @Override
            public Future<?> start() {
                ThreatZoneRepository repo = backend.store() == null ? null
                        : new ThreatZoneRepository(backend.store().database());
                return zones.start(backend.vertx(), repo, RESTORE_LIMIT).onSuccess(v -> timer =
                        backend.vertx().setPeriodic(WIND_CHECK_MS, id -> backend.onIngestContext(() -> {
                            zones.followWind();
                            return null;
                        })));
            }

            @Override
            public Future<?> stop() {
                if (timer >= 0) backend.vertx().cancelTimer(timer);
                return zones.stop();
            }
        });
        return zones;
    }
}
