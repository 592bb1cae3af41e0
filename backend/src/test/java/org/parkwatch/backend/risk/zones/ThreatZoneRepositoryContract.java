package org.parkwatch.backend.risk.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Threat-zone runs stored and read back through migration V9, on each database the store supports.
 */
abstract class ThreatZoneRepositoryContract {
    @TempDir Path dataDir;

    /** Configuration keys selecting the database. */
    protected abstract Map<String, String> database() throws Exception;

    @Test
    void runsRoundTripAndTheNewestAreLoadedOldestFirst() throws Exception {
        Map<String, String> cfg = new HashMap<>(database());
        ParkWatchApp b =
                new ParkWatchApp(
                        TestBackend.config(dataDir, cfg),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults().withScope(ParkWatchApp.Scope.CORE));
        b.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        try {
            ThreatZoneRepository repo = new ThreatZoneRepository(b.store().database());
            JsonObject result =
                    new JsonObject()
                            .put("type", "FeatureCollection")
                            .put(
                                    "features",
                                    new JsonArray()
                                            .add(
                                                    new JsonObject()
                                                            .put("type", "Feature")
                                                            .put(
                                                                    "properties",
                                                                    new JsonObject()
                                                                            .put(
                                                                                    "textZh",
                                                                                    "ERPG-3：1 小时暴露可危及生命"))))
                            .put("big", "x".repeat(200_000));
            repo.save(ThreatZoneJson.run("INC-1/1", "INC-1", "E01", "opened", 1000, result));
            repo.save(
                    ThreatZoneJson.run(
                            "INC-1/2", "INC-1", "E01", "wind", 2000, new JsonObject().put("n", 2)));
            repo.save(
                    ThreatZoneJson.run(
                            "INC-2/1", "INC-2", null, "rerun", 3000, new JsonObject().put("n", 3)));
            List<ZoneRun> two = repo.loadRecent(2);
            assertEquals(List.of("INC-1/2", "INC-2/1"), two.stream().map(ZoneRun::runId).toList());
            assertNull(two.get(1).enterpriseId());
            assertEquals("rerun", two.get(1).trigger());
            ZoneRun first = repo.loadRecent(10).get(0);
            assertEquals(
                    result,
                    new JsonObject(first.resultJson()),
                    "JSON with Chinese text and 200 kB survives");
            assertEquals("E01", first.enterpriseId());
            assertEquals(1000, first.computedMs());
        } finally {
            b.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}
