package org.parkwatch.backend.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.platform.http.RouteSpec;

/** The HTTP contract the front end is written against. */
class HttpApiTest {
    @TempDir static Path dataDir;
    private static TestBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend = TestBackend.start(dataDir, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    @Test
    void healthNamesVersionMqttAndCounts() throws Exception {
        JsonObject h = backend.getObject("/api/health");
        assertEquals("UP", h.getString("status"));
        assertEquals(ParkWatchApp.VERSION, h.getString("version"));
        assertEquals("embedded", h.getJsonObject("mqtt").getString("mode"));
        assertEquals(backend.ports.mqtt(), h.getJsonObject("mqtt").getInteger("port"));
        assertEquals(5, h.getInteger("tags"));
        assertEquals(0, h.getInteger("bridgesConnected"));
        assertTrue(h.getLong("startedMs") <= System.currentTimeMillis());
    }

    @Test
    void tagsListDefinitionsWithBothNamesAndEmptyLiveFields() throws Exception {
        JsonArray all = backend.getArray("/api/tags");
        assertEquals(5, all.size());
        JsonObject pt = backend.getObject("/api/tags/T02.PV201.PT");
        assertEquals("T02", pt.getString("enterpriseId"));
        assertEquals("vessel-T02-PV201", pt.getString("featureId"));
        assertEquals("pressure", pt.getString("kind"));
        assertEquals("kPa", pt.getString("unit"));
        assertEquals(2500.0, pt.getDouble("max"));
        assertEquals("PV201 压力", pt.getString("nameZh"));
        assertEquals(1000, pt.getInteger("samplingMs"));
        assertEquals(null, pt.getJsonObject("limits").getValue("hh"));
        assertEquals(null, pt.getValue("ts"));
        assertEquals("bad", pt.getString("q"));
        assertEquals(true, pt.getBoolean("stale"));
        assertEquals(2, backend.getArray("/api/tags?enterprise=T02").size());
    }

    @Test
    void unknownThingsAnswer404WithAMessage() throws Exception {
        HttpResponse<String> r = backend.get("/api/tags/T01.NOPE");
        assertEquals(404, r.statusCode());
        assertEquals("no tag 'T01.NOPE' in the park", new JsonObject(r.body()).getString("error"));
        r = backend.get("/api/tags?enterprise=ZZ");
        assertEquals(404, r.statusCode());
        assertEquals(
                "no enterprise 'ZZ' with tags in the park",
                new JsonObject(r.body()).getString("error"));
        r = backend.get("/api/nothing-here");
        assertEquals(404, r.statusCode());
        assertEquals(
                "no API resource GET /api/nothing-here",
                new JsonObject(r.body()).getString("error"));
        r = backend.get("/ws");
        assertEquals(400, r.statusCode());
        assertTrue(new JsonObject(r.body()).getString("error").contains("WebSocket"));
    }

    @Test
    void feedsListEveryEnterpriseWithTags() throws Exception {
        JsonArray feeds = backend.getArray("/api/feeds");
        assertEquals(2, feeds.size(), "T03 has no tags");
        JsonObject t01 = feeds.getJsonObject(0);
        assertEquals("T01", t01.getString("enterpriseId"));
        assertEquals("测试化工一厂", t01.getString("nameZh"));
        assertEquals("Test Chemicals One", t01.getString("nameEn"));
        assertEquals("down", t01.getString("health"));
        assertEquals(3, t01.getInteger("tags"));
        assertEquals(3, t01.getInteger("staleTags"));
        assertEquals(0, t01.getInteger("badTags"));
        assertEquals(0, t01.getInteger("unknownTags"));
        assertEquals(0, t01.getInteger("duplicatesDropped"));
        assertEquals(0, t01.getJsonArray("bridges").size());
    }

    @Test
    void layersComeFromTheParkCatalogue() throws Exception {
        JsonArray layers = backend.getArray("/api/layers");
        assertEquals(1, layers.size());
        JsonObject l = layers.getJsonObject(0);
        assertEquals("enterprises", l.getString("id"));
        assertEquals("企业", l.getString("nameZh"));
        assertEquals(2, l.getInteger("featureCount"));
        JsonObject fc = backend.getObject("/api/layers/enterprises");
        assertEquals("FeatureCollection", fc.getString("type"));
        assertEquals("ent-T02", fc.getJsonArray("features").getJsonObject(1).getString("id"));
        assertEquals(404, backend.get("/api/layers/rivers").statusCode());
    }

    @Test
    void metricsAndWebjarsAreServed() throws Exception {
        String metrics = backend.get("/metrics").body();
        for (String name :
                new String[] {
                    "parkwatch_ingest_samples_total",
                    "parkwatch_ingest_batch_latency_seconds",
                    "parkwatch_ingest_bridges_connected",
                    "parkwatch_ingest_duplicates_dropped_total",
                    "parkwatch_ingest_decode_errors_total",
                    "parkwatch_push_clients",
                    "parkwatch_push_coalesced_updates_total"
                }) {
            assertTrue(metrics.contains(name), name + " missing from /metrics");
        }
        HttpResponse<String> js = backend.get("/webjars/echarts/5.5.0/echarts.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("content-type").orElse("").contains("javascript"));
    }

    @Test
    void routeTableIsDataWithAPermissionOnEveryRow() {
        for (RouteSpec r : backend.backend.routeTable()) {
            assertTrue(r.permission() != null && !r.permission().isEmpty(), r.path());
        }
        assertTrue(
                backend.backend.routeTable().stream()
                        .anyMatch(r -> r.path().equals("/api/tags/:id")));
    }
}
