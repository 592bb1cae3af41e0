package org.parkwatch.backend.alarm.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.DrillTimes;
import org.parkwatch.backend.alarm.correlation.CatalogFeatureLocator;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.DisposalCards;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.backend.linkage.AlarmPlaces;
import org.parkwatch.backend.linkage.LinkageBuilder;
import org.parkwatch.backend.linkage.LinkageConfig;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.linkage.LinkagePackage;
import org.parkwatch.backend.linkage.NearbyWork;
import org.parkwatch.backend.linkage.ParkContacts;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.ScopedViews;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Alarm management (issue 5): the {@link AlarmService} (an ingest listener; restored on start,
 * ticked every {@link #TICK_MS} ms, flushed on stop), the linkage package of every alarm and
 * incident built from the park's features, the spatial index and the duty contacts, and the routes
 * of alarms, definitions, permits and the trend. Definitions and correlation rules come validated
 * from {@link AlarmConfigFiles} (read by the composition root before anything starts, so a bad file
 * stops the start naming every problem). Alarm messages are pushed to the alarm's enterprise,
 * incident messages to every involved enterprise, each reduced to what its users may see.
 */
public final class AlarmCapability implements Capability {
    /**
     * Alarm tick period: delays, shelving expiry, stale/feed verdicts, bypass register and
     * persistence, ms.
     */
    public static final long TICK_MS = 250;

    private final Vertx vertx;
    private final LiveState live;
    private final Database database;
    private final LongSupplier clockMs;
    private final AlarmService alarms;
    private final LinkageBuilder linkage;
    private volatile AlarmPlaces alarmPlaces = AlarmPlaces.NONE;
    private final List<RouteSpec> routes = new ArrayList<>();
    private long timer = -1;

    /**
     * @param spatial the current spatial index of the park's features (follows layer imports)
     * @param registryContacts duty contacts from the hazard registry (一企一档) by enterprise id;
     *     park.json's contacts are used for enterprises the registry has none for
     */
    public AlarmCapability(
            ParkCatalog park,
            AlarmConfigFiles files,
            Vertx vertx,
            Database database,
            LiveState live,
            TenantScope tenancy,
            PushPublisher push,
            Supplier<SpatialQueries> spatial,
            Function<String, List<DutyContact>> registryContacts,
            DrillTimes drills,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.live = live;
        this.database = database;
        this.clockMs = clockMs;
        this.alarms =
                new AlarmService(
                        park,
                        files.definitions(),
                        files.correlation(),
                        new CatalogFeatureLocator(park),
                        clockMs,
                        push,
                        new ScopedViews(tenancy)::incidentMessage);
        this.linkage =
                new LinkageBuilder(
                        LinkageFeatures.from(park),
                        spatial,
                        ChemicalProperties.loadDefault(),
                        DisposalCards.loadDefault(),
                        ParkContacts.preferring(registryContacts, new ParkContacts(park)),
                        LinkageConfig.defaults());
        alarms.setLinkage(i -> linkage.build(places(i), i.lon(), i.lat(), i.enterprises()));
        alarms.setAlarmLinkage(
                d -> {
                    if (d.featureId() == null) {
                        // a special work permit's cross-check alarm is at the permit's place;
                        // feed-lost alarms have no place
                        return alarmPlaces
                                .placeOf(d.id())
                                .map(at -> linkage.buildAt(at, List.of(d.enterpriseId())))
                                .orElse(null);
                    }
                    return linkage.build(
                            List.of(d.featureId()),
                            Double.NaN,
                            Double.NaN,
                            List.of(d.enterpriseId()));
                });
        routes.addAll(new AlarmDefinitionRoutes(alarms, park, tenancy).routes());
        routes.addAll(
                new AlarmRoutes(alarms, vertx, tenancy, drills, this::currentLinkage).routes());
        routes.addAll(new IncidentActionRoutes(alarms, tenancy).routes());
        routes.addAll(
                new FeedbackRoutes(alarms, new FeedbackRepository(database), vertx, tenancy, push)
                        .routes());
        routes.addAll(new PermitRoutes(alarms, tenancy, files.permitMaxValidityMs()).routes());
        routes.addAll(new AlarmTrendRoutes(alarms, vertx).routes());
    }

    /** The features an incident's linkage package is about: its unit, then its alarms' features. */
    private List<String> places(Incident i) {
        List<String> places = new ArrayList<>();
        if (i.unitId() != null) places.add(i.unitId());
        for (String id : i.alarmIds()) {
            alarms.manager()
                    .definition(id)
                    .map(AlarmDefinition::featureId)
                    .filter(f -> !places.contains(f))
                    .ifPresent(places::add);
        }
        return places;
    }

    /**
     * An incident's linkage package as last built, with its special work as it is now (work started
     * or stopped since; issue 15); null when it has none.
     */
    private LinkagePackage currentLinkage(String incidentId) {
        LinkagePackage built = alarms.linkageOf(incidentId);
        if (built == null) return null;
        return alarms.incident(incidentId)
                .map(i -> linkage.withCurrentWork(built, places(i)))
                .orElse(built);
    }

    /** Where linkage packages learn of active special work near their place (issue 15). */
    public void setNearbyWork(NearbyWork work) {
        linkage.setNearbyWork(work);
    }

    /**
     * Where alarms without a feature are (issue 15: the permit's place of a work-permit cross-check
     * alarm), for their linkage packages.
     */
    public void setAlarmPlaces(AlarmPlaces places) {
        this.alarmPlaces = places == null ? AlarmPlaces.NONE : places;
    }

    /** Alarms, incidents and their linkage; also the ingest listener the root registers. */
    public AlarmService service() {
        return alarms;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return alarms.start(
                        vertx,
                        new AlarmRepository(database),
                        new PermitIncidentRepository(database),
                        live)
                .onSuccess(
                        v ->
                                timer =
                                        vertx.setPeriodic(
                                                TICK_MS, id -> alarms.tick(clockMs.getAsLong())));
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return alarms.stop();
    }
}
