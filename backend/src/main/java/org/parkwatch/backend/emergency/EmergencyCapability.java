package org.parkwatch.backend.emergency;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.alarm.service.IncidentFeed;
import org.parkwatch.backend.alarm.service.IncidentListener;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emergency command (issue 14): the park's plans ({@link PlanLibrary}, seeded from the park
 * folder's {@code emergency/plans}), a command record for every incident of the {@link
 * IncidentFeed} ({@link CommandService}), resources under unified dispatch ({@link
 * DispatchService}, from {@code emergency/resources.json} and the shelters of the
 * emergency-resources layer), drills and the after-action report, served by {@link
 * EmergencyRoutes}. Travel times and notifications come through the ports {@link TravelTimes} and
 * {@link IncidentNotifier}; the zones through {@link ZoneFactsSource}; the past of an incident
 * (replay) through {@link ReplaySources}. Incidents heard before {@link #start} (those restored at
 * start) wait until the plans are loaded.
 */
public final class EmergencyCapability implements Capability, IncidentListener {
    private static final Logger LOG = LoggerFactory.getLogger(EmergencyCapability.class);
    private static final String PLANS_INDEX = "emergency/plans/index.json";

    private final ParkCatalog park;
    private final WorkerExecutor worker;
    private final PlanLibrary plans;
    private final CommandService command;
    private final DispatchService dispatch;
    private final DrillStore drillStore;
    private final DrillMode drill;
    private final DrillRoutes drillRoutes;
    private final List<RouteSpec> routes;
    private final LongSupplier clockMs;
    private final List<Runnable> beforeStart = new ArrayList<>();
    private boolean started;

    public EmergencyCapability(
            ParkCatalog park,
            Vertx vertx,
            Database database,
            TenantScope tenancy,
            PushPublisher push,
            IncidentFeed incidents,
            ZoneFactsSource zones,
            TravelTimes travel,
            IncidentNotifier notifier,
            ReplaySources replay,
            LongSupplier clockMs) {
        this.park = park;
        this.clockMs = clockMs;
        this.worker = vertx.createSharedWorkerExecutor("parkwatch-emergency", 1);
        this.drillStore = new DrillStore(database);
        this.drill = new DrillMode(this::storeDrillSwitch);
        EmergencyRepository repo = new EmergencyRepository();
        RecordTx tx = new RecordTx(database, repo, new IncidentLog(), clockMs);
        this.plans = new PlanLibrary(database, repo, tenancy.enterpriseIds());
        this.command = new CommandService(tx, plans, zones, notifier);
        this.dispatch = new DispatchService(tx, travel, incidents::incident, zones);
        incidents.addIncidentListener(this);
        List<RouteSpec> table =
                new ArrayList<>(
                        new EmergencyRoutes(
                                        command,
                                        new TaskBoard(tx),
                                        dispatch,
                                        new IncidentReplay(replay),
                                        tenancy,
                                        push,
                                        worker,
                                        clockMs)
                                .routes());
        table.addAll(new PlanRoutes(plans, tenancy, worker, clockMs).routes());
        this.drillRoutes = new DrillRoutes(drill, push, clockMs);
        table.addAll(drillRoutes.routes());
        this.routes = List.copyOf(table);
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    /**
     * The teams and vehicles committed to the incident (dispatched, not released) that set out from
     * a place, in dispatch order. Blocks (a database read).
     */
    public List<EmergencyResource> committedTeams(String incidentId) throws SQLException {
        return dispatch.committedTeams(incidentId);
    }

    /**
     * A drill-state tag's value arrived (true: a drill runs). A change switches drill mode and is
     * announced on every screen; incidents opened while it is on are drills. Cheap; any thread.
     */
    public void drillSignal(String tagId, boolean on) {
        DrillMode.State s = drill.signal(on, clockMs.getAsLong(), tagId);
        if (s != null) {
            LOG.info("drill mode {} by the tag {}", on ? "on" : "off", tagId);
            drillRoutes.announce(s);
        }
    }

    /**
     * Stores a switch of drill mode on the capability's one worker (in order); a failed write is
     * logged, the period stays known in memory until the next restart.
     */
    private void storeDrillSwitch(DrillMode.State s) {
        worker.executeBlocking(
                        () -> {
                            if (s.on()) drillStore.started(s.sinceMs(), s.by(), s.note());
                            else drillStore.ended(s.sinceMs());
                            return null;
                        },
                        true)
                .onFailure(
                        e ->
                                LOG.warn(
                                        "drill mode {}: the drill period was not stored ({}); a"
                                                + " restart will not know it",
                                        s.on() ? "on" : "off",
                                        e.getMessage()));
    }

    /**
     * Drills held in [fromMs, toMs): command records flagged as drills (演练) that were detected in
     * the range (the regulator's tracker, issue 15). Blocks (a database read).
     */
    public int drillsBetween(long fromMs, long toMs) throws SQLException {
        return command.drillsBetween(fromMs, toMs);
    }

    /** True when drill mode was on at {@code ms} (stored periods included). Cheap; any thread. */
    public boolean drillAt(long ms) {
        return drill.during(ms);
    }

    /**
     * Hears the incident id after every dispatch or release (on the thread that made it, a worker).
     */
    public void addDispatchListener(Consumer<String> listener) {
        dispatch.addDispatchListener(listener);
    }

    /** Loads (or seeds) the plans and the stock, then handles the incidents heard meanwhile. */
    @Override
    public Future<?> start() {
        return worker.executeBlocking(
                        () -> {
                            // the park's layers are read here, off the event loop
                            dispatch.catalogue(
                                    park.optionalJson(ResourcesReader.FILE)
                                            .map(
                                                    j ->
                                                            ResourcesReader.read(
                                                                    new JsonObject(j.toString()),
                                                                    LinkageFeatures.from(park)))
                                            .orElse(List.of()));
                            plans.load(seedPlans(), clockMs.getAsLong());
                            drill.restore(drillStore.load());
                            dispatch.seedStock();
                            return null;
                        },
                        true)
                .onSuccess(
                        v -> {
                            started = true;
                            beforeStart.forEach(Runnable::run);
                            beforeStart.clear();
                        });
    }

    @Override
    public Future<?> stop() {
        return worker.close();
    }

    @Override
    public void opened(Incident incident) {
        boolean isDrill = drill.on();
        later(() -> open(incident, isDrill));
    }

    @Override
    public void updated(Incident incident) {
        later(
                () ->
                        worker.executeBlocking(
                                        () -> {
                                            if (command.record(incident.id()).isPresent())
                                                command.updated(incident);
                                            return null;
                                        },
                                        true)
                                .onFailure(
                                        e ->
                                                LOG.error(
                                                        "incident {} change not followed: {}",
                                                        incident.id(),
                                                        e.toString())));
    }

    @Override
    public void closed(Incident incident) {
        later(
                () ->
                        worker.executeBlocking(
                                        () -> {
                                            if (command.record(incident.id()).isPresent())
                                                command.incidentClosed(incident.id());
                                            return null;
                                        },
                                        true)
                                .onFailure(
                                        e ->
                                                LOG.error(
                                                        "incident {} closing not logged: {}",
                                                        incident.id(),
                                                        e.toString())));
    }

    @Override
    public void restored(List<Incident> incidents) {
        for (Incident i : incidents)
            if (i.state() == Incident.State.OPEN) later(() -> open(i, false));
    }

    private void later(Runnable r) {
        if (started) r.run();
        else beforeStart.add(r);
    }

    private void open(Incident i, boolean isDrill) {
        worker.executeBlocking(
                        () -> {
                            command.opened(i, isDrill);
                            return null;
                        },
                        true)
                .onFailure(
                        e ->
                                LOG.error(
                                        "command record of {} not opened: {}",
                                        i.id(),
                                        e.toString()));
    }

    /** The park folder's plan files (file name → text), from its index; empty when it has none. */
    private Map<String, String> seedPlans() {
        Map<String, String> out = new LinkedHashMap<>();
        park.optionalJson(PLANS_INDEX)
                .ifPresent(
                        idx ->
                                idx.path("files")
                                        .forEach(
                                                f -> {
                                                    String name = f.asText();
                                                    String text =
                                                            park.optionalJson(
                                                                            "emergency/plans/"
                                                                                    + name)
                                                                    .map(Object::toString)
                                                                    .orElseThrow(
                                                                            () ->
                                                                                    new PlanException(
                                                                                            List.of(
                                                                                                    PLANS_INDEX
                                                                                                            + " names "
                                                                                                            + name
                                                                                                            + ", which is missing")));
                                                    out.put(name, text);
                                                }));
        return out;
    }
}
