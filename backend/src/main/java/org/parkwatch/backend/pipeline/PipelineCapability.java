package org.parkwatch.backend.pipeline;

import io.vertx.core.Vertx;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.gis.GisRepository;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * Pipelines (issue 16, scope 6): safety distances by class, encroachment checks in the database
 * (the database-backed {@link SpatialQueries}, the same on H2GIS and PostGIS), patrols and their
 * coverage.
 */
public final class PipelineCapability implements Capability {
    private final PipelineService service;
    private final List<RouteSpec> routes;

    /**
     * @param database the database-backed spatial queries (not the in-memory index: the check is
     *     meant to run where the park's layers are kept)
     */
    public PipelineCapability(
            Vertx vertx,
            Database db,
            GisRepository gis,
            SpatialQueries database,
            LongSupplier clockMs) {
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

    public PipelineService service() {
        return service;
    }
}
