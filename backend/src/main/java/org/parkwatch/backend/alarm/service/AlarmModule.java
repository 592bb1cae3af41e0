package org.parkwatch.backend.alarm.service;

import io.vertx.core.Future;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.DefaultAlarmDefinitions;
import org.parkwatch.backend.alarm.correlation.CatalogFeatureLocator;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.hazard.DisposalCards;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.backend.linkage.LinkageBuilder;
import org.parkwatch.backend.linkage.LinkageConfig;
import org.parkwatch.backend.linkage.LinkageJson;
import org.parkwatch.backend.linkage.ParkContacts;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.platform.ParkWatchBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Plugs alarm management (issue 5) into the backend before it starts: the {@link AlarmService} as ingest listener and
 * lifecycle (restore on start, periodic tick every {@link #TICK_MS} ms, flush on stop) and the {@link AlarmRoutes}.
 * Definitions are the defaults from the park's tag lists and correlation rules the defaults of {@link CorrelationConfig},
 * each overridden by the files of {@link AlarmConfigFiles} (a bad file fails the start with every problem named);
 * incidents and alarms get their {@link LinkageBuilder linkage package} through the spatial interface (the store's
 * in-memory index with a database, else one built from the catalogue) with duty contacts from the registry or park.json.
 */
public final class AlarmModule {
    /** Alarm tick period: delays, shelving expiry, stale/feed verdicts, bypass register and persistence, ms. */
    public static final long TICK_MS = 250;

    private AlarmModule() {
    }

    public static AlarmService install(ParkWatchBackend backend) {
        return install(backend, null);
    }

    /**
     * @param registryContacts duty contacts from the hazard registry (一企一档) by enterprise id, or null; park.json's
     *                         contacts are used for enterprises it has none for
     */
    public static AlarmService install(ParkWatchBackend backend, Function<String, List<DutyContact>> registryContacts) {
        AlarmConfigFiles files;
        AlarmConfigException configError = null;
        try {
            files = AlarmConfigFiles.load(backend.config(), backend.park());
        } catch (AlarmConfigException e) {
            // the lifecycle below fails the start with these messages; the defaults only let the wiring complete
            configError = e;
            files = new AlarmConfigFiles(DefaultAlarmDefinitions.from(backend.park()), CorrelationConfig.defaults());
        }
        AlarmService alarms = new AlarmService(backend.park(), files.definitions(),
                files.correlation(), new CatalogFeatureLocator(backend.park()), System::currentTimeMillis,
                (type, payload) -> backend.push().publish(type, payload));
        LinkageFeatures features = LinkageFeatures.from(backend.park());
        // the store's index when there is a database (it follows layer imports), else the catalogue's
        Supplier<SpatialQueries> spatial = () -> backend.store() == null ? null : backend.store().spatialIndex();
        LinkageBuilder linkage = new LinkageBuilder(features, spatial, ChemicalProperties.loadDefault(),
                DisposalCards.loadDefault(), ParkContacts.preferring(registryContacts, new ParkContacts(backend.park())),
                LinkageConfig.defaults());
        alarms.setLinkage(i -> {
            List<String> places = new ArrayList<>();
            if (i.unitId() != null) places.add(i.unitId());
            for (String id : i.alarmIds()) {
                alarms.manager().definition(id).map(AlarmDefinition::featureId).filter(f -> !places.contains(f))
                        .ifPresent(places::add);
            }
            return LinkageJson.of(linkage.build(places, i.lon(), i.lat(), i.enterprises()));
        });
        alarms.setAlarmLinkage(d -> {
            List<String> places = d.featureId() == null ? List.of() : List.of(d.featureId());
            if (places.isEmpty()) return null; // feed-lost alarms have no place
            return LinkageJson.of(linkage.build(places, Double.NaN, Double.NaN, List.of(d.enterpriseId())));
        });
        backend.addIngestListener(alarms);
        backend.addRoutes(new AlarmDefinitionRoutes(alarms, backend.park(), backend.tenancy()).routes());
        backend.addRoutes(new AlarmRoutes(alarms, backend.vertx(), backend.tenancy()).routes());
        backend.addRoutes(new PermitRoutes(alarms, backend.tenancy(),
                PermitRoutes.maxValidityMs(backend.config()::value)).routes());
        backend.addRoutes(new AlarmTrendRoutes(alarms, backend.vertx()).routes());
        AlarmConfigException badConfig = configError;
        backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
            private long timer = -1;

            @Override
            public Future<?> start() {
                if (badConfig != null) return Future.failedFuture(badConfig);
                AlarmRepository repo = backend.store() == null ? null
                        : new AlarmRepository(backend.store().database());
                PermitIncidentRepository more = backend.store() == null ? null
                        : new PermitIncidentRepository(backend.store().database());
                return alarms.start(backend.vertx(), repo, more, backend.live()).onSuccess(v ->
                        timer = backend.vertx().setPeriodic(TICK_MS, id -> alarms.tick(System.currentTimeMillis())));
            }

            @Override
            public Future<?> stop() {
                if (timer >= 0) backend.vertx().cancelTimer(timer);
                return alarms.stop();
            }
        });
        return alarms;
    }
}
