package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.hazard.registry.RegistryRepository;
import org.parkwatch.backend.hazard.registry.RegistrySeed;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Major hazard installations and the enterprise registry (issue 4): the {@link HazardService} (an
 * ingest listener that regrades units from live inventories), its grade changes pushed as {@value
 * #PUSH_TYPE} to the unit's enterprise, the registry (一企一档) kept in the database, and the routes of
 * {@link HazardRoutes} and {@link RegistryRoutes}. Other capabilities use its {@link #service()}
 * (grade changes, inventories) and {@link #registry()} (duty contacts).
 */
public final class HazardCapability implements Capability {
    /** Push message type of a grade change. */
    public static final String PUSH_TYPE = "hazard-grade";

    /**
     * The park folder's optional registry file (licences, contacts, colours, blacklist; {@link
     * RegistrySeed}).
     */
    public static final String REGISTRY_SEED_FILE = "registry.json";

    private static final Logger LOG = LoggerFactory.getLogger(HazardCapability.class);

    private final Vertx vertx;
    private final HazardService hazards;
    private final RegistryBook registry;
    private final RegistryRepository repository;
    private final ParkCatalog park;
    private final List<RouteSpec> routes = new ArrayList<>();

    /**
     * @param regradeMs shortest interval between two regradings of a unit, ms
     */
    public HazardCapability(
            ParkCatalog park,
            Vertx vertx,
            Database database,
            LiveState live,
            TenantScope tenancy,
            PushPublisher push,
            long regradeMs,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.park = park;
        this.hazards = new HazardService(park, vertx, regradeMs, clockMs);
        Map<String, String[]> names = new HashMap<>();
        for (EnterpriseInfo e : park.enterprises())
            names.put(e.id(), new String[] {e.nameZh(), e.nameEn()});
        Set<String> sisUnits = new HashSet<>();
        park.allTags().stream()
                .filter(t -> t.kind() == TagKind.SIS_TRIP)
                .forEach(t -> sisUnits.add(t.featureId()));
        this.registry = RegistrySeedReader.seed(park, hazards.model().tanks(), sisUnits);
        this.repository = new RegistryRepository(database);
        hazards.setRegistry(registry);
        hazards.onGradeChange(
                e ->
                        push.publish(
                                PUSH_TYPE,
                                PushOwners.ofTagged(
                                        e.unit() != null
                                                ? e.unit().enterpriseId()
                                                : tenancy.ownerOfId(e.unitId())),
                                HazardJson.event(e)));
        RegistryJson registryJson = new RegistryJson(hazards, registry);
        routes.addAll(
                new HazardRoutes(
                                hazards,
                                new HazardJson(hazards, names),
                                registry,
                                registryJson,
                                live,
                                tenancy)
                        .routes());
        routes.addAll(new RegistryRoutes(vertx, registry, registryJson, tenancy).routes());
    }

    /** Grading, inventories and grade changes; also the ingest listener the root registers. */
    public HazardService service() {
        return hazards;
    }

    /** The enterprise registry (duty contacts, licences). */
    public RegistryBook registry() {
        return registry;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    /**
     * Loads the registry from the database (and writes it there from now on); a registry with no
     * records yet is filled from the park's {@code registry.json} when it has one (the demo park
     * does).
     */
    @Override
    public Future<?> start() {
        hazards.runOn(vertx.getOrCreateContext()); // start runs on the ingest context
        return vertx.executeBlocking(
                () -> {
                    registry.attach(repository);
                    Optional<JsonNode> seed = park.optionalJson(REGISTRY_SEED_FILE);
                    if (seed.isPresent()) {
                        int added =
                                RegistrySeed.seedIfEmpty(
                                        registry,
                                        new JsonObject(seed.get().toString()),
                                        RegistryJson.today());
                        if (added > 0)
                            LOG.info(
                                    "registry filled from {}: {} records",
                                    REGISTRY_SEED_FILE,
                                    added);
                    }
                    return null;
                },
                false);
    }
}
