package org.parkwatch.backend.lots;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.hazard.InventoryChanges;
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
 * Toxic and explosive-precursor chemical lots (issue 16, scope 5): the ledger, its API and the lots
 * as a supplement of the hazard inventory ({@link #inventory()}); each filed event tells the hazard
 * service ({@link InventoryChanges}) where the stock changed, so the units there are regraded live.
 * At start it loads the ledger, and fills an empty one from the park's {@code chemical-lots.json}
 * when it has one.
 */
public final class ChemicalLotsCapability implements Capability {
    /** The park's demo ledger, beside its layers. */
    public static final String SEED_FILE = "chemical-lots.json";

    private static final Logger LOG = LoggerFactory.getLogger(ChemicalLotsCapability.class);
    private static final Principal SEEDER =
            new Principal(LotSeedReader.SEED_USER, Role.ADMIN, null);

    private final ParkCatalog park;
    private final Vertx vertx;
    private final LotRepository repository;
    private final LotService service;
    private final InventoryChanges changes;
    private final LongSupplier clockMs;
    private final List<RouteSpec> routes;

    public ChemicalLotsCapability(
            ParkCatalog park,
            Vertx vertx,
            Database database,
            HazardService hazards,
            TenantScope tenancy,
            LongSupplier clockMs) {
        this.park = park;
        this.vertx = vertx;
        this.clockMs = clockMs;
        this.repository = new LotRepository(database);
        this.service = new LotService(repository, hazards.chemicals(), hazards.model(), tenancy);
        this.changes = hazards;
        this.routes = new LotRoutes(vertx, service, clockMs).routes();
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(
                () -> {
                    if (repository.chainedEnterprises().isEmpty()) seed();
                    service.load();
                    // filings from now on regrade the units they touch live (the seed and the
                    // stored ledger are graded at the units' first live grading)
                    service.reportChangesTo(changes);
                    return null;
                },
                false);
    }

    private void seed() throws java.sql.SQLException {
        var json = park.optionalJson(SEED_FILE);
        if (json.isEmpty()) return;
        List<LotEvent> events = LotSeedReader.read(json.get(), clockMs.getAsLong());
        for (LotEvent e : events) service.file(SEEDER, e);
        LOG.info("chemical lots: {} demo events filed from {}", events.size(), SEED_FILE);
    }

    /** The lots' locations and stock, for the hazard inventory (answers from memory). */
    public LotService inventory() {
        return service;
    }
}
