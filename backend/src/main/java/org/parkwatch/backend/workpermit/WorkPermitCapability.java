package org.parkwatch.backend.workpermit;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.service.AlarmConditionFeed;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Special work permits (特殊作业, GB 30871-2022; issue 15, scope 1): the permits and their API, the
 * rules of the standard as data, and the cross-checks with live data (gas alarms near active hot or
 * confined-space work, work outside its window or without a valid gas analysis). At start it loads
 * the permits and fills an empty table from the park's {@value #SEED_FILE} when it has one.
 */
public final class WorkPermitCapability implements Capability {
    /** The park's demo permits, beside its layers. */
    public static final String SEED_FILE = "work-permits.json";

    /** How often the window and gas-analysis checks run, ms. */
    public static final long TICK_MS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(WorkPermitCapability.class);
    private static final Principal SEEDER =
            new Principal(WorkPermitSeedReader.SEED_USER, Role.ADMIN, null);

    private final ParkCatalog park;
    private final Vertx vertx;
    private final WorkPermitOptions options;
    private final WorkPermitService service;
    private final WorkPermitCrossCheck crossCheck;
    private final NearbyPermits nearby;
    private final LongSupplier clockMs;
    private final List<RouteSpec> routes;
    private long timer = -1;

    /**
     * @param database null without a database (permits in memory only)
     * @param alarmFeed where alarm activations and clears are heard
     * @param alarms where the cross-check alarms' conditions go
     */
    public WorkPermitCapability(
            WorkPermitOptions options,
            ParkCatalog park,
            Vertx vertx,
            Database database,
            TenantScope tenancy,
            PushPublisher push,
            AlarmConditionFeed alarmFeed,
            WorkAlarmOffer alarms,
            LongSupplier clockMs) {
        this.park = park;
        this.vertx = vertx;
        this.options = options;
        this.clockMs = clockMs;
        WorkPlaces places = WorkPlaces.of(park);
        WorkRuleBook rules = new WorkRuleBook(WorkRuleBook.loadDefault(), places::dikeAt);
        this.service =
                new WorkPermitService(
                        database == null ? null : new WorkPermitRepository(database),
                        rules,
                        tenancy);
        this.crossCheck = new WorkPermitCrossCheck(service, places, options, alarms, push, clockMs);
        service.addChangeListener(crossCheck::permitsChanged);
        this.nearby = new NearbyPermits(service, places, options, crossCheck, clockMs);
        service.addChangeListener(nearby::rebuild);
        if (options.crossCheck()) alarmFeed.addConditionListener(crossCheck);
        this.routes =
                new WorkPermitRoutes(vertx, service, crossCheck, places, options, clockMs).routes();
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(
                        () -> {
                            service.load();
                            if (service.isEmpty()) seed();
                            return null;
                        },
                        false)
                .onSuccess(
                        v ->
                                timer =
                                        vertx.setPeriodic(
                                                TICK_MS,
                                                id ->
                                                        vertx.executeBlocking(
                                                                () -> {
                                                                    crossCheck.tick(
                                                                            clockMs.getAsLong());
                                                                    nearby.rebuild();
                                                                    return null;
                                                                },
                                                                false)));
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return Future.succeededFuture();
    }

    private void seed() throws java.sql.SQLException {
        var json = park.optionalJson(SEED_FILE);
        if (json.isEmpty()) return;
        long now = clockMs.getAsLong();
        List<WorkPermitSeedReader.Seed> seeds =
                WorkPermitSeedReader.read(
                        new JsonObject(json.get().toString()), now, options.zone());
        for (WorkPermitSeedReader.Seed s : seeds) {
            SpecialWorkPermit p = service.file(SEEDER, s.draft(), now).permit();
            for (WorkState to : WorkPermitSeedReader.path(s.state()))
                p =
                        service.transition(
                                SEEDER,
                                p.id(),
                                to,
                                to == WorkState.APPROVED ? s.approver() : null,
                                now);
        }
        LOG.info("work permits: {} demo permits filed from {}", seeds.size(), SEED_FILE);
    }

    /** The permits (for the big screen and reports of other capabilities). */
    public WorkPermitService service() {
        return service;
    }

    /**
     * The active special work near a place with its cross-check alarms (for alarms' and incidents'
     * linkage packages).
     */
    public NearbyPermits nearbyWork() {
        return nearby;
    }

    /** The live cross-checks (for the benchmark). */
    public WorkPermitCrossCheck crossCheck() {
        return crossCheck;
    }
}
