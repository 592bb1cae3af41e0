package org.parkwatch.backend.workpermit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/**
 * An incident opened by gas detectors lists the special work in progress near the leak (issue 15:
 * the responder stops it and evacuates its workers), through the real backend on H2GIS with the
 * demo permits: every kind of active work within the cross-check's radius with its workers count
 * and the {@code WP_*} alarms raised for it; an enterprise sees only its own permits; work stopped
 * after the incident opened leaves the list.
 */
class IncidentWorkLinkageTest {
    private static final long MIN = 60_000L;

    /** The demo's hot work in progress 24 m from E04-GD112 (one worker named). */
    private static final String DEMO_HOT_WORK = "WP-E04-0001";

    @TempDir static Path dir;
    private static ParkWatchApp backend;
    private static String e01;
    private static String e04;
    private static String operator;

    @BeforeAll
    static void start() throws Exception {
        backend =
                new ParkWatchApp(
                        TestBackend.config(dir, Map.of("db.enabled", "true")),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        backend.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        e01 = TestAuth.token(backend, Role.ENTERPRISE, "E01");
        e04 = TestAuth.token(backend, Role.ENTERPRISE, "E04");
        operator = TestAuth.token(backend, Role.OPERATOR, null);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aLeakIncidentListsTheActiveWorkNearItWithWorkersAndAlarmsEachEnterpriseItsOwn()
            throws Exception {
        long now = System.currentTimeMillis();
        // E04's work at height ~12 m from E04-GD113 with two workers (not a kind the gas
        // cross-check watches, but its workers are in the leak's way all the same)
        JsonObject height =
                permit("WORK_AT_HEIGHT", "II", 113.9349, 35.2527, now - MIN)
                        .put("externalId", "T-HEIGHT");
        people(height).add(person("worker", "钱一")).add(person("worker", "钱二"));
        String heightId = fileAndStart(e04, height);
        // E01's hot work at the demo hot work's place (24 m from E04-GD112), with a fresh analysis
        JsonObject hot = permit("HOT_WORK", "1", 113.9348, 35.25335, now - MIN);
        hot.put("externalId", "T-E01-HOT")
                .put(
                        "gasAnalyses",
                        new JsonArray()
                                .add(
                                        new JsonObject()
                                                .put("atMs", now - 2 * MIN)
                                                .put("gas", "汽油蒸气")
                                                .put("value", 0.05)
                                                .put("unit", "%vol")
                                                .put("lelVolPercent", 1.3)
                                                .put("analyst", "丙")));
        String e01HotId = fileAndStart(e01, hot);

        // two detectors 36 m apart: a confirmed leak (the demo's correlation rule)
        try (UplinkPublisher pub =
                UplinkPublisher.embedded(backend.ports().mqtt(), "E04", "E04-INC")) {
            long t = System.currentTimeMillis();
            pub.publish(
                    1,
                    List.of(
                            new Sample("E04.GD112.GAS", 45.0, t, 0),
                            new Sample("E04.GD113.GAS", 45.0, t, 0)));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> leakIncident() != null && active("E01.WP_GAS_NEAR"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> active("E04.WP_GAS_NEAR"));
        String incident = leakIncident();

        Map<String, JsonObject> all = work(operator, incident);
        assertEquals(
                List.of(DEMO_HOT_WORK, e01HotId, heightId).stream().sorted().toList(),
                all.keySet().stream().sorted().toList(),
                all.toString());
        JsonObject demo = all.get(DEMO_HOT_WORK);
        assertEquals("E04", demo.getString("enterpriseId"));
        assertEquals("HOT_WORK", demo.getString("kind"));
        assertEquals("IN_PROGRESS", demo.getString("state"));
        assertEquals(1, demo.getInteger("workers"), demo.encode());
        assertTrue(demo.getDouble("distanceM") <= 30, demo.encode());
        assertTrue(demo.getJsonArray("alarmIds").contains("E04.WP_GAS_NEAR"), demo.encode());
        JsonObject h = all.get(heightId);
        assertEquals("WORK_AT_HEIGHT", h.getString("kind"));
        assertEquals(2, h.getInteger("workers"), h.encode());
        assertTrue(h.getJsonArray("alarmIds").isEmpty(), h.encode());
        assertTrue(
                all.get(e01HotId).getJsonArray("alarmIds").contains("E01.WP_GAS_NEAR"),
                all.get(e01HotId).encode());

        // E04 sees its own work only, and nothing of E01's permit or alarm
        Map<String, JsonObject> mine = work(e04, incident);
        assertEquals(
                List.of(DEMO_HOT_WORK, heightId).stream().sorted().toList(),
                mine.keySet().stream().sorted().toList());
        assertFalse(get(e04, "/api/incidents/" + incident).body().contains("E01.WP_GAS_NEAR"));

        // the work at height stops after the incident opened: it leaves the incident's list
        json(
                post(
                        e04,
                        "/api/work-permits/" + heightId + "/transition",
                        "{\"to\":\"SUSPENDED\"}"),
                200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !work(operator, incident).containsKey(heightId));
        assertTrue(work(operator, incident).containsKey(DEMO_HOT_WORK));
    }

    /**
     * A body of {@code kind} with a leader and a guardian at a point, for 4 h from {@code start}.
     */
    private static JsonObject permit(
            String kind, String level, double lon, double lat, long start) {
        return new JsonObject()
                .put("kind", kind)
                .put("level", level)
                .put("placeZh", "测试作业")
                .put(
                        "location",
                        new JsonObject()
                                .put("type", "Point")
                                .put("coordinates", new JsonArray().add(lon).add(lat)))
                .put("startMs", start)
                .put("endMs", start + 240 * MIN)
                .put(
                        "people",
                        new JsonArray().add(person("leader", "甲")).add(person("guardian", "乙")));
    }

    private static JsonArray people(JsonObject permit) {
        return permit.getJsonArray("people");
    }

    private static JsonObject person(String role, String name) {
        return new JsonObject().put("role", role).put("name", name);
    }

    /** Files, approves and starts a permit as the enterprise; its id. */
    private static String fileAndStart(String token, JsonObject body) throws Exception {
        String id = json(post(token, "/api/work-permits", body.encode()), 201).getString("id");
        String path = "/api/work-permits/" + id + "/transition";
        json(post(token, path, "{\"to\":\"APPROVED\",\"approver\":\"丁\"}"), 200);
        json(post(token, path, "{\"to\":\"IN_PROGRESS\"}"), 200);
        return id;
    }

    /** The open leak incident's id, or null. */
    private static String leakIncident() throws Exception {
        for (Object o : new JsonArray(get(operator, "/api/incidents").body())) {
            JsonObject i = (JsonObject) o;
            if ("LEAK".equals(i.getString("kind")) && "OPEN".equals(i.getString("state")))
                return i.getString("id");
        }
        return null;
    }

    /** The incident's linkage work as the caller sees it, by permit id. */
    private static Map<String, JsonObject> work(String token, String incident) throws Exception {
        JsonObject linkage =
                json(get(token, "/api/incidents/" + incident), 200).getJsonObject("linkage");
        assertNotNull(linkage, incident);
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (Object o : linkage.getJsonArray("work"))
            out.put(((JsonObject) o).getString("id"), (JsonObject) o);
        return out;
    }

    private static boolean active(String alarmId) throws Exception {
        for (Object o : new JsonArray(get(operator, "/api/alarms").body())) {
            JsonObject a = (JsonObject) o;
            if (alarmId.equals(a.getString("id"))) return a.encode().contains("ACTIVE");
        }
        return false;
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return new JsonObject(r.body());
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + backend.ports().http() + path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String token, String path, String body)
            throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + backend.ports().http() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
