package org.parkwatch.backend.platform.db;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.model.uplink.Sample;

/**
 * The store wired into the backend (embedded H2GIS under data.dir): layers served from the
 * database, every sample ingested over MQTT lands in history, and both survive a restart.
 */
class BackendStoreTest {
    @TempDir Path dataDir;

    @Test
    void ingestedSamplesAreKeptInHistoryAcrossRestarts() throws Exception {
        long t0 = System.currentTimeMillis() - 10_000;
        String trendPath =
                "/api/history/T01.TK101.LT?from=" + t0 + "&to=" + (t0 + 10_000) + "&buckets=10";
        try (TestBackend b = TestBackend.start(dataDir, Map.of("db.enabled", "true"))) {
            JsonArray layers = b.getArray("/api/layers");
            assertEquals("enterprises", layers.getJsonObject(0).getString("id"));
            assertEquals("demo", layers.getJsonObject(0).getString("source"));
            try (UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "T01", "T01-B1")) {
                p.publish(
                        1,
                        List.of(
                                new Sample("T01.TK101.LT", 4.0, t0, 0),
                                new Sample("T01.TK101.LT", 8.0, t0 + 500, 0),
                                new Sample("T01.TK101.LT", 6.0, t0 + 1500, 0)));
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> b.getObject(trendPath).getJsonArray("points").size() == 2);
        }
        try (TestBackend b = TestBackend.start(dataDir, Map.of("db.enabled", "true"))) {
            JsonObject trend = b.getObject(trendPath);
            assertEquals(1000, trend.getLong("bucketMs"));
            assertEquals(
                    new JsonObject()
                            .put("t", t0)
                            .put("min", 4.0)
                            .put("max", 8.0)
                            .put("avg", 6.0)
                            .put("last", 8.0)
                            .put("n", 2),
                    trend.getJsonArray("points").getJsonObject(0));
            assertEquals(6.0, trend.getJsonArray("points").getJsonObject(1).getDouble("last"));
            assertEquals(
                    "enterprises",
                    b.getObject("/ogc/collections")
                            .getJsonArray("collections")
                            .getJsonObject(0)
                            .getString("id"));
        }
    }
}
