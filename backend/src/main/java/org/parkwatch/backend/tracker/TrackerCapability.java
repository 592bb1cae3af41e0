package org.parkwatch.backend.tracker;

import io.vertx.core.Vertx;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * The regulator's tracker (issue 15 scope 6): the Henan plan's tasks from the task file, their
 * progress entries, the platform's own figures for each ({@link PlatformFigures}), the day's safety
 * figures ({@link DailySafetyFigures}) and the quarterly progress report. The task file is read and
 * checked when it is built, so a bad file stops the start with its line and field.
 */
public final class TrackerCapability implements Capability {
    private final TrackerService service;
    private final List<RouteSpec> routes;

    /**
     * @param zone the park's time zone (quarters, days and deadlines are the park's)
     */
    public TrackerCapability(
            Vertx vertx,
            Database database,
            PlatformFigures figures,
            DailySafetyFigures dailySafety,
            ZoneId zone,
            LongSupplier clockMs) {
        this(vertx, database, PlanTaskLoader.loadDefault(), figures, dailySafety, zone, clockMs);
    }

    TrackerCapability(
            Vertx vertx,
            Database database,
            List<PlanTask> tasks,
            PlatformFigures figures,
            DailySafetyFigures dailySafety,
            ZoneId zone,
            LongSupplier clockMs) {
        this.service =
                new TrackerService(
                        tasks,
                        new TrackerRepository(database),
                        figures,
                        dailySafety,
                        zone,
                        clockMs);
        this.routes = new TrackerRoutes(vertx, service).routes();
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }
}
