package org.parkwatch.backend.logistics;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.LogisticsAlarmDefinitions;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.EnterpriseSite;
import org.parkwatch.backend.hazard.ParkLayerReader;
import org.parkwatch.backend.hazard.TankFeature;
import org.parkwatch.backend.ingest.MqttDevices;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.logistics.demo.DemoFleet;
import org.parkwatch.model.logistics.gate.GateEntryCheck;
import org.parkwatch.model.logistics.route.TruckRules;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Hazmat logistics (issue 16): the JT/T 808 server, the vehicle terminals and the trucks' live
 * positions. Positions are pushed coalesced every {@code logistics.pushMs}: one {@code vehicles}
 * message per owner set (the enterprises a truck serves, or the park roles for a truck serving
 * none).
 */
public final class LogisticsCapability implements Capability {
    static final String ENTERPRISES_LAYER = "enterprises";
    static final String PARK_BOUNDARY_LAYER = "park-boundary";

    private final Vertx vertx;
    private final LogisticsOptions options;
    private final TerminalDirectory directory;
    private final FleetState fleet;
    private final Jt808Server server;
    private final PushPublisher push;
    private final TruckWatch trucks;
    private final DocumentsRepository documents;
    private final ParkCatalog park;
    private final LongSupplier clockMs;
    private final List<RouteSpec> routes;
    private final GateService gates;
    private final GateMqtt gateMqtt;
    private final ParkingWatch parking;
    private final java.nio.file.Path demoGateSecrets;
    private final List<DemoGatesReader.Spec> demoGates;
    private final AlarmOffer alarms;
    private final LoadingRepository loadingChecks;
    private volatile List<ParkingWatch.LotState> lots = List.of();
    private final Map<String, String> offeredOverstay = new HashMap<>();
    private long pushTimer = -1;
    private long parkingTimer = -1;
    private volatile int port = -1;

    public LogisticsCapability(
            LogisticsOptions options,
            ParkCatalog park,
            Vertx vertx,
            Database database,
            TenantScope tenancy,
            PushPublisher push,
            ThreatAreas threats,
            AlarmOffer alarms,
            java.nio.file.Path demoGateSecrets,
            LongSupplier clockMs,
            TruckWatchPorts ports) {
        this.alarms = alarms;
        this.loadingChecks = new LoadingRepository(database);
        this.demoGateSecrets = demoGateSecrets;
        this.demoGates = demoGateSecrets == null ? List.of() : DemoGatesReader.of(park);
        this.clockMs = clockMs;
        this.parking =
                new ParkingWatch(
                        ParkSitesReader.parkingLots(park), LogisticsLimits.MAX_PARKING_DWELL_MS);
        this.lots = parking.update(List.of(), clockMs.getAsLong()); // the empty lots
        this.vertx = vertx;
        this.options = options;
        this.push = push;
        this.fleet = new FleetState(sites(park));
        this.directory = new TerminalDirectory(vertx, new TerminalRepository(database));
        this.server = new Jt808Server(vertx, options, directory, fleet, clockMs);
        this.documents = new DocumentsRepository(database);
        this.park = park;
        this.trucks =
                new TruckWatch(
                        vertx,
                        documents,
                        ports.routes(),
                        TruckPlacesReader.read(park),
                        ports.alarms(),
                        TruckRules.DEFAULTS,
                        parkZone(park),
                        id ->
                                ports.incidents()
                                        .incident(id)
                                        .map(i -> i.state() == Incident.State.OPEN)
                                        .orElse(false),
                        this::routePlanned,
                        clockMs);
        fleet.onApplied(trucks::onPosition);
        ArrivalGateCheck arrivals =
                new ArrivalGateCheck(
                        vertx,
                        documents,
                        gateRule(park, tenancy),
                        push,
                        ArrivalGateCheck.gates(park),
                        clockMs);
        fleet.onApplied(arrivals::onPosition);
        ports.threats().addThreatListener(trucks::zonesChanged);
        List<RouteSpec> table =
                new ArrayList<>(
                        new LogisticsRoutes(fleet, directory, server, tenancy, options, clockMs)
                                .routes());
        ChemicalProperties chemicals = ChemicalProperties.loadDefault();
        table.addAll(
                new TruckWatchRoutes(
                                trucks,
                                tenancy,
                                cas -> chemicals.byCas(cas).map(c -> c.nameEn()).orElse(null))
                        .routes());
        GateRoutes gateRoutes =
                new GateRoutes(
                        vertx,
                        documents,
                        loadingChecks,
                        gateRule(park, tenancy),
                        tenancy,
                        push,
                        clockMs);
        table.addAll(gateRoutes.routes());
        this.gates = new GateService(new GateRepository(database), tenancy::isEnterprise);
        gates.onOutcome(o -> vertx.runOnContext(v -> pushCount(o)));
        GateService.Checks check =
                new GateService.Checks(gateRoutes::decide, gateRoutes::decideExit);
        this.gateMqtt = new GateMqtt(vertx, gates, check, clockMs);
        table.addAll(new GateDeviceRoutes(vertx, gates, check, clockMs).routes());
        table.addAll(
                new ZonePeopleRoutes(
                                vertx,
                                gates,
                                new ZonePeopleOp(ParkSitesReader.enterpriseSites(park)),
                                threats,
                                tenancy)
                        .routes());
        table.addAll(new LoadingRoutes(vertx, loadingChecks, tenancy, alarms, clockMs).routes());
        table.add(
                RouteSpec.get(
                        "/api/logistics/parking",
                        ctx -> ParkingJson.reply(ctx, lots, tenancy),
                        Permissions.LOGISTICS_READ));
        this.routes = List.copyOf(table);
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(
                        () -> {
                            gates.load();
                            if (demoGateSecrets != null) {
                                DemoGatesReader.provisionMissing(
                                        gates, demoGates, demoGateSecrets, clockMs.getAsLong());
                            }
                            return null;
                        },
                        false)
                .compose(v -> directory.load())
                .compose(v -> options.demoFleet() ? demoFleet() : Future.succeededFuture())
                .compose(
                        v -> {
                            if (!options.enabled()) return Future.succeededFuture();
                            pushTimer = vertx.setPeriodic(options.pushMs(), id -> pushMoved());
                            parkingTimer =
                                    vertx.setPeriodic(
                                            LogisticsLimits.PARKING_TICK_MS, id -> watchParking());
                            return server.start().onSuccess(p -> port = p);
                        });
    }

    @Override
    public Future<?> stop() {
        if (pushTimer >= 0) vertx.cancelTimer(pushTimer);
        if (parkingTimer >= 0) vertx.cancelTimer(parkingTimer);
        return server.stop();
    }

    /** The demo trucks' terminals, documents and today's waybills (demo launcher only). */
    private Future<Void> demoFleet() {
        long now = clockMs.getAsLong();
        return new DemoFleetProvisioner(vertx, directory, documents, parkZone(park))
                .provision(DemoFleet.of(park), now, now + options.enrolmentHours() * 3_600_000L)
                .recover(e -> Future.succeededFuture());
    }

    /** The gate devices' port on the embedded MQTT endpoint. */
    public MqttDevices gateDevices() {
        return gateMqtt;
    }

    /**
     * Pushes a site's counts after a passage ({@code gate-counts}): owned by the enterprise whose
     * site it is, or by the park roles for the park's fence.
     */
    private void pushCount(GateService.Outcome o) {
        if (!o.counted()) return;
        String site = o.gate().siteId();
        push.publish(
                "gate-counts",
                GateService.PARK.equals(site)
                        ? PushOwners.parkRoles()
                        : PushOwners.enterprise(site),
                new JsonObject()
                        .put("siteId", site)
                        .put("gate", o.gate().id())
                        .put("people", o.count().people())
                        .put("vehicles", o.count().vehicles()));
    }

    /**
     * Recomputes the parking lots' stays from the trucks' positions, decides each lot's overstay
     * alarm (offered when the set of overstaying plates changes) and pushes the lots ({@code
     * parking}, park roles: the lot is the park's).
     */
    void watchParking() {
        List<ParkingWatch.LotState> now = parking.update(fleet.all(), clockMs.getAsLong());
        lots = now;
        for (ParkingWatch.LotState l : now) {
            String plates =
                    String.join(
                            ", ",
                            l.stays().stream()
                                    .filter(ParkingWatch.Stay::overstay)
                                    .map(ParkingWatch.Stay::plate)
                                    .toList());
            if (plates.equals(offeredOverstay.getOrDefault(l.lot().id(), ""))) continue;
            offeredOverstay.put(l.lot().id(), plates);
            alarms.offer(
                    LogisticsAlarmDefinitions.overstayId(l.lot().id()),
                    !plates.isEmpty(),
                    Math.round(l.longestDwellMs() / 60_000.0),
                    plates.isEmpty()
                            ? "无超时停放车辆 / no truck over its time"
                            : "超时停放 / overstaying: " + plates);
        }
        push.publish("parking", PushOwners.parkRoles(), ParkingJson.lots(now, null));
    }

    /** The trucks' live positions (tests apply positions here). */
    FleetState fleet() {
        return fleet;
    }

    /**
     * Pre-loading checks (充装前查验) recorded in [fromMs, toMs), every enterprise (the regulator's
     * tracker, issue 15). Blocks (a database read).
     */
    public int loadingChecksBetween(long fromMs, long toMs) throws java.sql.SQLException {
        return loadingChecks.countBetween(fromMs, toMs);
    }

    /** Positions applied since start (all terminals). */
    public long positionsApplied() {
        return server.positionsApplied();
    }

    /** Frames and messages refused since start, all reasons together. */
    public long refusedTotal() {
        return server.refusals().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The JT/T 808 server's port once started, or -1 when it is off. */
    public int jt808Port() {
        return port;
    }

    /**
     * The entry rule with the chemicals each enterprise handles: the CAS numbers of its tanks in
     * the park's layers (a truck brings or takes bulk chemicals to or from a tank).
     */
    static GateEntryCheck gateRule(ParkCatalog park, TenantScope tenancy) {
        Map<String, Set<String>> cas = new HashMap<>();
        for (TankFeature t : ParkLayerReader.read(park).tanks()) {
            if (t.enterpriseId() != null && t.chemicalCas() != null && !t.chemicalCas().isBlank()) {
                cas.computeIfAbsent(t.enterpriseId(), k -> new HashSet<>()).add(t.chemicalCas());
            }
        }
        return new GateEntryCheck(cas, tenancy.enterpriseIds(), parkZone(park));
    }

    /** The park's time zone (park.json {@code timeZone}; Asia/Shanghai when absent). */
    static ZoneId parkZone(ParkCatalog park) {
        return ZoneId.of(park.metadata().path("timeZone").asText("Asia/Shanghai"));
    }

    /** A truck's route was planned: tell the users who see it, so an open route view reloads. */
    private void routePlanned(TruckWatch.TruckView v) {
        List<String> owners = v.enterpriseIds();
        push.publish(
                TruckWatchJson.ROUTE_PUSH_TYPE,
                owners.isEmpty()
                        ? PushOwners.parkRoles()
                        : PushOwners.enterprises(Set.copyOf(owners)),
                TruckWatchJson.routePush(v));
    }

    /**
     * The enterprise sites (keyed by the {@code enterpriseId} property, as the gates key them — not
     * by the plot's feature id) and the park fence of the park's layers.
     */
    static SiteLocator sites(ParkCatalog park) {
        List<EnterpriseSite> fence =
                ParkLayerReader.enterpriseSites(ParkLayerReader.layer(park, PARK_BOUNDARY_LAYER));
        return new SiteLocator(
                ParkSitesReader.enterpriseSites(park),
                fence.isEmpty() ? null : fence.get(0).lonLat());
    }

    private void pushMoved() {
        // grouped by the terminal's own (immutable) list, a set made once per group, not per truck
        Map<List<String>, List<FleetState.Vehicle>> byList = new HashMap<>();
        for (FleetState.Vehicle v : fleet.drainDirty()) {
            byList.computeIfAbsent(v.terminal().enterpriseIds(), k -> new ArrayList<>()).add(v);
        }
        Map<Set<String>, List<FleetState.Vehicle>> byOwners = new HashMap<>();
        byList.forEach(
                (ids, vs) ->
                        byOwners.computeIfAbsent(Set.copyOf(ids), k -> new ArrayList<>())
                                .addAll(vs));
        byOwners.forEach(
                (owners, vs) ->
                        push.publish(
                                "vehicles",
                                owners.isEmpty()
                                        ? PushOwners.parkRoles()
                                        : PushOwners.enterprises(owners),
                                new JsonObject().put("vehicles", LogisticsJson.vehicles(vs))));
    }
}
