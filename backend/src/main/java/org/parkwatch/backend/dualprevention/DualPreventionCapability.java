package org.parkwatch.backend.dualprevention;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dual prevention (issue 15, scope 2): risk points, inspections and hidden dangers, their API and
 * map layer, and the overdue alarms. At start it fills an empty store from the park's {@code
 * dual-prevention.json} (through the sync path, dates relative to now), then decides the overdue
 * alarms every {@code dualPrevention.checkSeconds} and after every write.
 */
public final class DualPreventionCapability implements Capability {
    /** The park's demo records, beside its layers. */
    public static final String SEED_FILE = "dual-prevention.json";

    private static final Logger LOG = LoggerFactory.getLogger(DualPreventionCapability.class);
    private static final Principal SEEDER =
            new Principal(DualPreventionSeedReader.SEED_USER, Role.ADMIN, null);

    private final ParkCatalog park;
    private final Vertx vertx;
    private final DualPreventionOptions options;
    private final DualPreventionRepository repository;
    private final DualPreventionService service;
    private final GeometryJson geometry;
    private final OverdueAlarms overdue;
    private final LongSupplier clockMs;
    private final List<RouteSpec> routes;
    private long timer = -1;

    public DualPreventionCapability(
            ParkCatalog park,
            DualPreventionOptions options,
            Vertx vertx,
            Database database,
            TenantScope tenancy,
            AlarmConditions alarms,
            LongSupplier clockMs) {
        this.park = park;
        this.vertx = vertx;
        this.options = options;
        this.clockMs = clockMs;
        this.repository = new DualPreventionRepository(database);
        this.service =
                new DualPreventionService(
                        repository,
                        new PhotoStore(options.photoDir(), options.photoMaxBytes()),
                        tenancy,
                        options.reminderMs());
        this.geometry = new GeometryJson(extent(park));
        Set<String> enterprises = new TreeSet<>(tenancy.enterpriseIds());
        enterprises.remove(TenantScope.PARK_ID);
        this.overdue = new OverdueAlarms(alarms, enterprises);
        this.routes =
                new DualPreventionRoutes(vertx, service, geometry, this::checkQuietly, clockMs)
                        .routes();
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(
                        () -> {
                            if (repository.read(repository::riskPoints).isEmpty()) seed();
                            check();
                            return null;
                        },
                        false)
                .onSuccess(
                        v ->
                                timer =
                                        vertx.setPeriodic(
                                                options.checkMs(),
                                                id ->
                                                        vertx.executeBlocking(
                                                                () -> {
                                                                    checkQuietly();
                                                                    return null;
                                                                },
                                                                false)));
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return Future.succeededFuture();
    }

    /**
     * Risk points, hidden dangers and their figures: {@link DualPreventionService#figures(long)}.
     */
    public DualPreventionService service() {
        return service;
    }

    /** Decides the overdue alarms now (blocks). */
    void check() throws SQLException {
        overdue.decide(service.overdue(clockMs.getAsLong()));
    }

    private void checkQuietly() {
        try {
            check();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("dual prevention: overdue check failed: {}", e.toString());
        }
    }

    private void seed() throws SQLException {
        var json = park.optionalJson(SEED_FILE);
        if (json.isEmpty()) return;
        long now = clockMs.getAsLong();
        DualPreventionSeedReader.Seed seed =
                DualPreventionSeedReader.read(json.get(), geometry, now);
        for (DualPreventionSeedReader.SeedPoint sp : seed.points()) {
            long created = now - 30L * 86_400_000;
            RiskPoint p = service.fileRiskPoint(SEEDER, sp.in(), created);
            for (int i = 0; i < p.tasks().size() && i < sp.lastInspectedHoursAgo().size(); i++) {
                Double h = sp.lastInspectedHoursAgo().get(i);
                if (h == null) continue;
                service.inspect(
                        SEEDER, p.tasks().get(i).id(), true, "", now - Math.round(h * 3_600_000));
            }
        }
        for (DualPreventionSeedReader.SeedDanger sd : seed.dangers()) {
            long reported = now - Math.round(sd.daysAgo() * 86_400_000.0);
            service.sync(SEEDER, sd.in().enterpriseId(), List.of(), List.of(sd.in()), reported);
        }
        LOG.info(
                "dual prevention: {} risk points and {} hidden dangers filed from {}",
                seed.points().size(),
                seed.dangers().size(),
                SEED_FILE);
    }

    /** The park's extent (park.json {@code extent}: minLon, minLat, maxLon, maxLat), or null. */
    private static double[] extent(ParkCatalog park) {
        var e = park.metadata().path("extent");
        if (!e.isArray() || e.size() != 4) return null;
        return new double[] {
            e.get(0).asDouble(), e.get(1).asDouble(), e.get(2).asDouble(), e.get(3).asDouble()
        };
    }
}
