package org.parkwatch.backend.app;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.DrillTimes;
import org.parkwatch.backend.alarm.service.AlarmCapability;
import org.parkwatch.backend.basemap.BasemapCapability;
import org.parkwatch.backend.calc.CalcRoutes;
import org.parkwatch.backend.dualprevention.DualPreventionCapability;
import org.parkwatch.backend.dualprevention.DualPreventionOptions;
import org.parkwatch.backend.emergency.EmergencyCapability;
import org.parkwatch.backend.environment.EnvironmentCapability;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.hazard.HazardCapability;
import org.parkwatch.backend.history.HistoryWriter;
import org.parkwatch.backend.history.wal.BatchMark;
import org.parkwatch.backend.ingest.DurableStore;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.ingest.MqttDevices;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.live.LiveRoutes;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.logistics.LogisticsCapability;
import org.parkwatch.backend.logistics.TruckWatchPorts;
import org.parkwatch.backend.lots.ChemicalLotsCapability;
import org.parkwatch.backend.notify.NotifyCapability;
import org.parkwatch.backend.onboarding.OnboardingRoutes;
import org.parkwatch.backend.pipeline.PipelineCapability;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.platform.http.PageRoutes;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.PlatformRoutes;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.backend.portal.EnterpriseMappingRoutes;
import org.parkwatch.backend.publicdisplay.PublicDisplayCapability;
import org.parkwatch.backend.push.PushHub;
import org.parkwatch.backend.push.PushRoutes;
import org.parkwatch.backend.risk.qra.QraCapability;
import org.parkwatch.backend.risk.zones.ThreatZoneCapability;
import org.parkwatch.backend.routing.RoutingCapability;
import org.parkwatch.backend.safetyduty.CommitmentDeadline;
import org.parkwatch.backend.safetyduty.SafetyDutyCapability;
import org.parkwatch.backend.security.PushAuthorizer;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.backend.tracker.DailySafetyFigures;
import org.parkwatch.backend.tracker.TrackerCapability;
import org.parkwatch.backend.video.CameraStreams;
import org.parkwatch.backend.video.VideoCapability;
import org.parkwatch.backend.workpermit.WorkPermitCapability;
import org.parkwatch.backend.workpermit.WorkPermitOptions;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Phase 2 of the start: builds every capability with its constructor, in dependency order, from the
 * infrastructure of phase 1. Each capability's constructor names everything it depends on; this
 * class is the only place that knows which capability feeds which (the hazard service's contacts
 * and grade changes to alarms and the QRA, the alarm service's incidents to threat zones and the
 * public display). The incident-response chain is built by {@link IncidentResponseAssembly}; the
 * small adapters between one capability's output and another's port are classes of their own
 * ({@link AlarmDaySource}, {@link ZoneThreatAreas}, {@link DutyPublicCommitments}, …).
 */
public final class Capabilities {
    private final List<Capability> all = new ArrayList<>();
    private final List<IngestListener> ingestListeners = new ArrayList<>();
    private final ParkCatalog park;
    private final LiveState live;
    private final TenantScope tenancy;
    private final PushHub push;
    private final Store store;
    private final Vertx vertx;
    private HazardCapability hazards;
    private AlarmCapability alarms;
    private QraCapability qra;
    private ThreatZoneCapability zones;
    private RoutingCapability routing;
    private PublicDisplayCapability publicDisplay;
    private LogisticsCapability logistics;
    private NotifyCapability notification;
    private EmergencyCapability emergency;
    private DualPreventionCapability dualPrevention;

    /**
     * The day's special work permits, hidden dangers, commitments and responsibility duties for the
     * daily duty report and the tracker (issue 15), read from those capabilities once built below.
     */
    private final DailySafetyFigures dailySafety;

    private SafetyDutyCapability safetyDuty;
    private WorkPermitCapability workPermits;

    Capabilities(
            ParkWatchApp.Scope scope,
            Settings settings,
            ParkWatchConfig config,
            ParkCatalog park,
            Vertx vertx,
            TenantScope tenancy,
            LiveState live,
            PushHub push,
            Store store,
            ParkWatchMetrics metrics,
            LongSupplier clockMs) {
        this.park = park;
        this.live = live;
        this.tenancy = tenancy;
        this.push = push;
        this.store = store;
        this.vertx = vertx;
        this.dailySafety =
                new DailySafetyAdapter(
                        () -> workPermits,
                        () -> dualPrevention,
                        () -> safetyDuty,
                        parkZone(park),
                        clockMs);
        store.registerMetrics(metrics);
        add(new BasemapCapability(settings.basemap(), vertx));
        if (scope == ParkWatchApp.Scope.CORE) return;
        Supplier<SpatialQueries> spatial = store::spatialIndex;
        hazards =
                add(
                        new HazardCapability(
                                park,
                                vertx,
                                store.database(),
                                live,
                                tenancy,
                                push,
                                settings.hazardRegradeMs(),
                                clockMs));
        ingestListeners.add(hazards.service());
        // duty contacts of the registry (一企一档) first, park.json's for enterprises without any
        alarms =
                add(
                        new AlarmCapability(
                                park,
                                settings.alarms(),
                                vertx,
                                store.database(),
                                live,
                                tenancy,
                                push,
                                spatial,
                                hazards.registry()::contactList,
                                drillTimes(),
                                clockMs));
        ingestListeners.add(alarms.service());
        IncidentResponseAssembly response =
                new IncidentResponseAssembly(
                        park, vertx, store, live, tenancy, push, alarms.service(), clockMs);
        zones = add(response.threatZones(spatial));
        routing = add(response.routing(zones, () -> emergency));
        qra =
                add(
                        new QraCapability(
                                park,
                                settings.qra(),
                                settings.windRoses(),
                                vertx,
                                store.database(),
                                hazards.service(),
                                store.history(),
                                push,
                                clockMs));
        publicDisplay =
                add(
                        new PublicDisplayCapability(
                                park,
                                settings.publicDisplay(),
                                vertx,
                                live,
                                alarms.service(),
                                enterpriseId ->
                                        hazards.registry().licencesOf(enterpriseId).values(),
                                drillTimes(),
                                config.http().host(),
                                clockMs));
        add(
                new EnvironmentCapability(
                        park,
                        vertx,
                        live,
                        tenancy,
                        store.history(),
                        alarms.service()::offerCondition,
                        clockMs));
        notification =
                add(
                        new NotifyCapability(
                                settings.notification(),
                                vertx,
                                store.database(),
                                push,
                                new RegistrySmsContacts(hazards),
                                new AlarmDaySource(alarms),
                                dailySafety,
                                clockMs));
        // emergency command: ETAs on the road graph (straight line, labelled, where it has no way);
        // notifications through the notification capability
        emergency = add(response.emergency(settings.emergency(), zones, routing, notification));
        // a team sent or released: its approach route is computed and pushed with the others
        emergency.addDispatchListener(routing::refresh);
        // the park's drill-state tag switches drill mode (a scenario run with drill=true)
        ingestListeners.add(new DrillSignals(park, emergency));
        add(new OnboardingRoutes(config, vertx));
        logistics =
                add(
                        new LogisticsCapability(
                                settings.logistics(),
                                park,
                                vertx,
                                store.database(),
                                tenancy,
                                push,
                                new ZoneThreatAreas(zones),
                                alarms.service()::offerCondition,
                                demoGateSecrets(config),
                                clockMs,
                                new TruckWatchPorts(
                                        routing.planning(),
                                        zones.threats(),
                                        alarms.service(),
                                        alarms.service()::offerCondition)));
        // toxic-chemical lots; their locations supplement the hazard inventory where no level
        // measures them
        ChemicalLotsCapability lots =
                add(
                        new ChemicalLotsCapability(
                                park,
                                vertx,
                                store.database(),
                                hazards.service(),
                                tenancy,
                                clockMs));
        hazards.service().setInventorySupplement(lots.inventory());
        // pipelines: encroachment checked by the database (H2GIS or PostGIS), not the memory index
        PipelineCapability pipelines =
                add(
                        new PipelineCapability(
                                park,
                                vertx,
                                store.database(),
                                store.gis(),
                                store.spatialQueries(),
                                clockMs));
        // dual prevention (issue 15): risk points, hidden dangers, their overdue alarms
        dualPrevention =
                add(
                        new DualPreventionCapability(
                                park,
                                DualPreventionOptions.from(config::value, config.dataDir()),
                                vertx,
                                store.database(),
                                tenancy,
                                alarms.service()::offerCondition,
                                clockMs));
        // daily safety duty (issue 15): responsibility of the live-graded major hazards, daily
        // commitments (missing → an enterprise alarm), the unit calendar (shut down → its process
        // alarms suppressed by design)
        safetyDuty =
                add(
                        new SafetyDutyCapability(
                                park,
                                vertx,
                                store.database(),
                                tenancy,
                                new SafetyDutyHazards(hazards.service()),
                                alarms.service()::offerCondition,
                                alarms.service()::offerFiledSuppression,
                                config.value(CommitmentDeadline.KEY),
                                clockMs));
        publicDisplay.setCommitmentSource(new DutyPublicCommitments(park, safetyDuty));
        add(
                new VideoCapability(
                        new CameraStreams(
                                LinkageFeatures.from(park).layer(CameraStreams.LAYER),
                                settings.video()),
                        vertx,
                        store.database(),
                        tenancy,
                        alarms.service(),
                        clockMs));
        // special work permits (issue 15): gas alarms heard through the alarm service's condition
        // feed; the cross-check alarms decided here go back as external conditions
        workPermits =
                add(
                        new WorkPermitCapability(
                                WorkPermitOptions.from(config::value),
                                park,
                                vertx,
                                store.database(),
                                tenancy,
                                push,
                                alarms.service(),
                                alarms.service()::offerCondition,
                                clockMs));
        // incidents' linkage packages name the active special work near them, with its alarms
        alarms.setNearbyWork(workPermits.nearbyWork());
        // its cross-check alarms are at the place of the permits concerned
        alarms.setAlarmPlaces(workPermits.crossCheck()::placeOf);
        // the regulator's tracker (issue 15): the plan's tasks with the platform's own figures,
        // read live from the capabilities above
        add(
                new TrackerCapability(
                        vertx,
                        store.database(),
                        new TrackerFigures(
                                hazards.service(),
                                live,
                                qra,
                                lots,
                                logistics,
                                pipelines,
                                () -> emergency),
                        dailySafety,
                        parkZone(park),
                        clockMs));
    }

    /** The park's time zone (park.json {@code timeZone}; China's when it names none). */
    private static ZoneId parkZone(ParkCatalog park) {
        return ZoneId.of(park.metadata().path("timeZone").asText("Asia/Shanghai"));
    }

    /**
     * When drills ran, from emergency command (built later; none without it): the alarm KPIs and
     * the public display leave their alarms and incidents out.
     */
    private DrillTimes drillTimes() {
        return ms -> emergency != null && emergency.drillAt(ms);
    }

    private <C extends Capability> C add(C capability) {
        all.add(capability);
        return capability;
    }

    /** Every built capability, in the order they start. */
    List<Capability> all() {
        return List.copyOf(all);
    }

    /**
     * Where applied samples become durable before the uplink acknowledges them: the history's
     * write-ahead log (issue 19, D2).
     */
    DurableStore durableStore() {
        HistoryWriter writer = store.historyWriter();
        return (bridgeKey, epoch, seq, samples) ->
                writer.acceptDurably(samples, new BatchMark(bridgeKey, epoch, seq));
    }

    /**
     * The uplink batches the history's write-ahead log held at start (the newest of each bridge),
     * for the ingest's seq marks (issue 19).
     */
    List<BatchMark> recoveredMarks() {
        return store.historyWriter().recoveredMarks();
    }

    /**
     * The listeners of every applied batch, in order (history is the durable store before them).
     */
    List<IngestListener> ingestListeners() {
        return List.copyOf(ingestListeners);
    }

    /** The API rows: platform, live, layers and history, the socket, then every capability's. */
    List<RouteSpec> routes(
            Supplier<JsonObject> health, Supplier<String> scrape, PushAuthorizer pushAuthorizer) {
        List<RouteSpec> table = new ArrayList<>(new PlatformRoutes(health, scrape).routes());
        table.addAll(new LiveRoutes(live, tenancy).routes());
        table.addAll(new EnterpriseMappingRoutes(park, live, tenancy).routes());
        table.addAll(store.routes(vertx, Clock.systemUTC(), tenancy));
        table.addAll(new PushRoutes(push, pushAuthorizer).routes());
        for (Capability c : all) table.addAll(c.routes());
        if (hazards != null) table.addAll(CalcRoutes.fromServiceLoader().routes());
        return table;
    }

    /** The pages and static files, after every API row. */
    static List<RouteSpec> staticRoutes() {
        List<RouteSpec> table = new ArrayList<>(PageRoutes.routes());
        table.add(
                RouteSpec.get(
                        "/webjars/*",
                        StaticHandler.create("META-INF/resources/webjars"),
                        Permissions.PUBLIC));
        table.add(RouteSpec.get("/*", StaticHandler.create("parkwatch-web"), Permissions.PUBLIC));
        return table;
    }

    /** Hazards and the registry; null with {@link ParkWatchApp.Scope#CORE}. */
    public HazardCapability hazards() {
        return hazards;
    }

    /** Alarms and incidents; null with {@link ParkWatchApp.Scope#CORE}. */
    public AlarmCapability alarms() {
        return alarms;
    }

    /** The park QRA; null with {@link ParkWatchApp.Scope#CORE}. */
    public QraCapability qra() {
        return qra;
    }

    /** Incident threat zones; null with {@link ParkWatchApp.Scope#CORE}. */
    public ThreatZoneCapability zones() {
        return zones;
    }

    /**
     * The gate devices on the embedded MQTT endpoint; null with {@link ParkWatchApp.Scope#CORE}.
     */
    public MqttDevices mqttDevices() {
        return logistics == null ? null : logistics.gateDevices();
    }

    /**
     * Where the demo's gate devices get their secrets ({@code logistics.gates.demoSecretsDir});
     * null outside the demo (then no gate is provisioned by itself).
     */
    private static java.nio.file.Path demoGateSecrets(ParkWatchConfig config) {
        String dir = config.value("logistics.gates.demoSecretsDir");
        return dir == null || dir.isBlank() ? null : java.nio.file.Path.of(dir.trim());
    }

    /** Hazmat logistics (JT/T 808); null with {@link ParkWatchApp.Scope#CORE}. */
    public LogisticsCapability logistics() {
        return logistics;
    }

    /** Notification and daily duty; null with {@link ParkWatchApp.Scope#CORE}. */
    public NotifyCapability notification() {
        return notification;
    }

    /**
     * Dual prevention: its service's {@code figures(nowMs)} for the reports; null with {@link
     * ParkWatchApp.Scope#CORE}.
     */
    public DualPreventionCapability dualPrevention() {
        return dualPrevention;
    }

    /** Emergency command; null with {@link ParkWatchApp.Scope#CORE}. */
    public EmergencyCapability emergency() {
        return emergency;
    }

    /** Evacuation and responder routes; null with {@link ParkWatchApp.Scope#CORE}. */
    public RoutingCapability routing() {
        return routing;
    }

    /** Daily safety duty (issue 15); null with {@link ParkWatchApp.Scope#CORE}. */
    public SafetyDutyCapability safetyDuty() {
        return safetyDuty;
    }

    /** Special work permits (issue 15); null with {@link ParkWatchApp.Scope#CORE}. */
    public WorkPermitCapability workPermits() {
        return workPermits;
    }

    /** The public display; null with {@link ParkWatchApp.Scope#CORE}. */
    public PublicDisplayCapability publicDisplay() {
        return publicDisplay;
    }
}
