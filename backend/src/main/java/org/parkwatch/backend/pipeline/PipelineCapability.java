package org.parkwatch.backend.pipeline;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.gis.GisRepository;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Pipelines (issue 16, scope 6): safety distances by class, encroachment checks in the database
 * (the database-backed {@link SpatialQueries}, the same on H2GIS and PostGIS), patrols and their
 * coverage.
 */
public final class PipelineCapability implements Capability {
    /** The park's demo patrols, beside its layers; filed at start when there are no patrols. */
    public static final String SEED_FILE = "pipeline-patrols.json";

    private final ParkCatalog park;
    private final Vertx vertx;
    private final LongSupplier clockMs;
    private final PipelineService service;
    private final List<RouteSpec> routes;

    /**
     * @param database the database-backed spatial queries (not the in-memory index: the check is
     *     meant to run where the park's layers are kept)
     */
    public PipelineCapability(
            ParkCatalog park,
            Vertx vertx,
            Database db,
            GisRepository gis,
            SpatialQueries database,
            LongSupplier clockMs) {
        this.park = park;
        this.vertx = vertx;
        this.clockMs = clockMs;
        this.service =
                new PipelineService(
                        gis,
                        database,
                        SafetyDistancesLoader.loadDefault(),
                        new PatrolRepository(db));
        this.routes = new PipelineRoutes(vertx, service, clockMs).routes();
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(
                () -> {
                    var seed = park.optionalJson(SEED_FILE);
                    long now = clockMs.getAsLong();
                    if (seed.isPresent() && service.patrols(0, Long.MAX_VALUE).isEmpty()) {
                        for (Patrol p : PatrolSeedReader.read(seed.get(), now)) service.file(p);
                    }
                    return null;
                },
                false);
    }

    public PipelineService service() {
        return service;
    }
}
