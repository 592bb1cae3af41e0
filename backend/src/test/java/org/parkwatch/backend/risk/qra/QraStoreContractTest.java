package org.parkwatch.backend.risk.qra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.model.uplink.Sample;

/**
 * The QRA's runs on a real database: the start run of the demo park is stored with inputs and
 * results, served by every route, and survives a restart (no new start run); on-demand runs get 202
 * and a second request while one runs 409; enough hourly wind directions in the history give the
 * rose. Subclasses pick H2GIS or PostGIS.
 */
abstract class QraStoreContractTest {
    @TempDir Path dataDir;

    /** Database keys of the backend configuration. */
    protected abstract Map<String, String> database() throws SQLException;

    @Test
    void runsAreStoredServedAndSurviveARestart() throws Exception {
        Map<String, String> config = new HashMap<>(database());
        JsonObject first;
        try (QraBackend b = QraBackend.start(dataDir, config)) {
            await().atMost(Duration.ofSeconds(120)).until(() -> b.latest() != null);
            first = b.latest();
            assertEquals(1L, first.getLong("id"));
            assertEquals("start", first.getString("trigger"));
            assertEquals("done", first.getString("status"));
            assertEquals("demo", first.getString("windRoseSource"));
            assertTrue(first.getInteger("outcomes") > 50, first.encode());

            JsonObject contours = b.getObject("/api/risk/contours.geojson");
            JsonArray features = contours.getJsonArray("features");
            assertFalse(features.isEmpty());
            JsonArray ring =
                    features.getJsonObject(0).getJsonObject("geometry").getJsonArray("coordinates");
            double lon = firstLon(ring);
            assertTrue(lon > 113.9 && lon < 114.0, "contours are lon/lat: " + lon);

            JsonObject fn = b.getObject("/api/risk/fn");
            assertFalse(fn.getJsonArray("points").isEmpty());
            assertEquals(1L, fn.getLong("runId"));
            JsonArray targets = new JsonArray(b.get("/api/risk/targets").body());
            assertEquals(11, targets.size(), "every feature of sensitive-targets");
            JsonObject dongwang =
                    targets.stream()
                            .map(t -> (JsonObject) t)
                            .filter(t -> "V-DONGWANGZHUANG".equals(t.getString("id")))
                            .findFirst()
                            .orElseThrow();
            assertEquals("new", dongwang.getString("facilityStatus"));
            assertEquals("attribute", dongwang.getString("facilityStatusSource"));
            assertEquals(
                    3e-6,
                    dongwang.getDouble("limitPerYear"),
                    0.0,
                    "general-2, new facilities (GB 36894)");
            JsonObject school =
                    targets.stream()
                            .map(t -> (JsonObject) t)
                            .filter(t -> "SCH-BINHE".equals(t.getString("id")))
                            .findFirst()
                            .orElseThrow();
            assertEquals("in-service", school.getString("facilityStatus"));
            assertEquals(
                    3e-6, school.getDouble("limitPerYear"), 0.0, "highly sensitive, in service");
            assertEquals(
                    first.getLong("violationCount").intValue(),
                    (int)
                            targets.stream()
                                    .filter(t -> !((JsonObject) t).getBoolean("acceptable"))
                                    .count());
            if (first.getLong("violationCount") > 0) {
                assertFalse(targets.getJsonObject(0).getBoolean("acceptable"), "violations first");
            }
            assertNotNull(b.getObject("/api/risk/relocation").getJsonArray("candidates"));

            HttpResponse<String> started = b.post("/api/risk/qra/recompute");
            assertEquals(202, started.statusCode(), started.body());
            assertEquals(2L, new JsonObject(started.body()).getLong("runId"));
            HttpResponse<String> busy = b.post("/api/risk/qra/recompute");
            assertEquals(409, busy.statusCode(), "a demo-park run takes seconds: " + busy.body());
            assertTrue(new JsonObject(busy.body()).getString("error").contains("run 2"));
            await().atMost(Duration.ofSeconds(120)).until(() -> b.latest().getLong("id") == 2L);
            assertEquals("on-demand", b.latest().getString("trigger"));
        }
        try (QraBackend b = QraBackend.start(dataDir, config)) {
            JsonObject latest = b.latest();
            assertNotNull(latest, "the latest run is restored at start");
            assertEquals(2L, latest.getLong("id"));
            assertEquals(
                    first.getDouble("maxIrPerYear"),
                    latest.getDouble("maxIrPerYear"),
                    0.0,
                    "same inputs, same result");
            JsonArray runs = new JsonArray(b.get("/api/risk/qra/runs").body());
            assertEquals(2, runs.size());
            assertEquals(2L, runs.getJsonObject(0).getLong("id"));
            JsonObject detail = b.getObject("/api/risk/qra/runs/1");
            assertEquals(1L, detail.getJsonObject("summary").getLong("id"));
            JsonObject inputs = detail.getJsonObject("inputs");
            assertEquals(16, inputs.getJsonObject("windRose").getJsonArray("sectors").size());
            assertEquals("EPSG:4547", inputs.getJsonObject("grid").getString("crs"));
            JsonObject v101 =
                    inputs.getJsonArray("installations").stream()
                            .map(o -> (JsonObject) o)
                            .filter(o -> o.getString("id").equals("E01-V101"))
                            .findFirst()
                            .orElseThrow();
            assertEquals("chlorine", v101.getString("chemical"));
            assertTrue(v101.getDouble("inventoryKg") > 0);
            assertNotNull(detail.getJsonObject("results").getJsonObject("contours"));
            assertEquals(404, b.get("/api/risk/qra/runs/99").statusCode());
            assertEquals(400, b.get("/api/risk/qra/runs/abc").statusCode());
            assertFalse(
                    b.getObject("/api/risk/qra").getJsonObject("status").getBoolean("running"),
                    "no start run when one is stored");
        }
    }

    @Test
    void enoughWindHistoryGivesTheRose() throws Exception {
        Map<String, String> config = new HashMap<>(database());
        config.put("risk.qra.autoStart", "false");
        config.put("risk.qra.historyMinHours", "100");
        try (QraBackend b = QraBackend.start(dataDir, config)) {
            long now = System.currentTimeMillis();
            List<Sample> samples = new ArrayList<>();
            for (int hour = 1; hour <= 120; hour++) {
                // three quarters of the hours from the east (90°), a quarter from the south-west
                // (225°)
                samples.add(
                        Sample.of(
                                QraCapability.WIND_DIRECTION_TAG,
                                hour % 4 == 0 ? 225.0 : 90.0,
                                now - hour * 3_600_000L));
            }
            b.backend.store().history().write(samples);
            assertEquals(202, b.post("/api/risk/qra/recompute").statusCode());
            await().atMost(Duration.ofSeconds(120)).until(() -> b.latest() != null);
            assertEquals("history", b.latest().getString("windRoseSource"));
            JsonArray sectors =
                    b.getObject("/api/risk/qra/runs/" + b.latest().getLong("id"))
                            .getJsonObject("inputs")
                            .getJsonObject("windRose")
                            .getJsonArray("sectors");
            assertEquals(0.75, sectors.getDouble(4), 1e-9);
            assertEquals(0.25, sectors.getDouble(10), 1e-9);
        }
    }

    private static double firstLon(JsonArray coordinates) {
        Object o = coordinates;
        while (o instanceof JsonArray a && a.getValue(0) instanceof JsonArray) {
            o = a.getValue(0);
        }
        return ((JsonArray) o).getDouble(0);
    }
}
