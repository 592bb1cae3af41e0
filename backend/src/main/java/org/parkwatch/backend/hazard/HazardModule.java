package org.parkwatch.backend.hazard;

import io.vertx.core.Future;
import org.parkwatch.backend.calc.CalcRoutes;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.hazard.registry.RegistryRepository;
import org.parkwatch.backend.platform.ParkWatchBackend;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.TagKind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Plugs issue 4 into the backend before it starts: the {@link HazardService} as an ingest listener, its grade
 * changes pushed to WebSocket clients as {@code {"type":"hazard-grade", …}}, and the route rows of
 * {@link HazardRoutes}, {@link RegistryRoutes} and {@link CalcRoutes}; with a database, the registry is loaded from
 * and written to it ({@link RegistryRepository}, attached when the backend starts). The returned service is where alarms (issue 5) subscribe with
 * {@link HazardService#onGradeChange}.
 */
public final class HazardModule {
    /** Push message type of a grade change. */
    public static final String PUSH_TYPE = "hazard-grade";

    private HazardModule() {
    }

    /** @param regradeMs shortest interval between two regradings of a unit, ms */
    public static HazardService install(ParkWatchBackend backend, long regradeMs) {
        HazardService hazards = new HazardService(backend.park(), backend.vertx(), regradeMs,
                System::currentTimeMillis);
        Map<String, String[]> names = new HashMap<>();
        for (EnterpriseInfo e : backend.park().enterprises()) {
            names.put(e.id(), new String[]{e.nameZh(), e.nameEn()});
        }
        Set<String> sisUnits = new HashSet<>();
        backend.park().allTags().stream().filter(t -> t.kind() == TagKind.SIS_TRIP)
                .forEach(t -> sisUnits.add(t.featureId()));
        RegistryBook registry = RegistrySeedReader.seed(backend.park(), hazards.model().tanks(), sisUnits);
        hazards.onGradeChange(e -> backend.push().publish(PUSH_TYPE, HazardJson.event(e)));
        backend.addIngestListener(hazards);
        hazards.setRegistry(registry);
        RegistryJson registryJson = new RegistryJson(hazards, registry);
        backend.addRoutes(new HazardRoutes(hazards, new HazardJson(hazards, names), registry, registryJson,
                backend.live(), backend.tenancy()).routes());
        backend.addRoutes(new RegistryRoutes(backend.vertx(), registry, registryJson, backend.tenancy()).routes());
        backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
            @Override
            public Future<?> start() {
                if (backend.store() == null) return Future.succeededFuture(); // db.enabled=false: in memory only
                RegistryRepository repo = new RegistryRepository(backend.store().database());
                return backend.vertx().executeBlocking(() -> {
                    registry.attach(repo);
                    return null;
                }, false);
            }

            @Override
            public Future<?> stop() {
                return Future.succeededFuture();
            }
        });
        backend.addRoutes(CalcRoutes.fromServiceLoader().routes());
        return hazards;
    }
}
