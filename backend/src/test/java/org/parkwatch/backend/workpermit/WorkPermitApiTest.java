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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * Special work permits through the real backend on H2GIS with the demo permits: bad input refused
 * naming the rule or the CSV line with nothing stored, tenancy, idempotent pushes, the state
 * machine, and the live cross-check (a detector alarm near the active hot work raises the critical
 * alarm with the permit and the camera; an alarm far from any active work raises none).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkPermitApiTest {
    private static final long MIN = 60_000L;

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

    /** A hot-work body of E04 at a place outside every dike, starting in 10 min for 4 h. */
    private static JsonObject hotWork(String level, double lon, double lat) {
        long start = System.currentTimeMillis() + 10 * MIN;
        return new JsonObject()
                .put("kind", "HOT_WORK")
                .put("level", level)
                .put("placeZh", "测试动火")
                .put(
                        "location",
                        new JsonObject()
                                .put("type", "Point")
                                .put("coordinates", new JsonArray().add(lon).add(lat)))
                .put("startMs", start)
                .put("endMs", start + 240 * MIN)
                .put(
                        "people",
                        new JsonArray()
                                .add(new JsonObject().put("role", "leader").put("name", "甲"))
                                .add(new JsonObject().put("role", "guardian").put("name", "乙")));
    }

    private static JsonObject gas(long atMs, double value) {
        return new JsonObject()
                .put("atMs", atMs)
                .put("gas", "汽油蒸气")
                .put("value", value)
                .put("unit", "%vol")
                .put("lelVolPercent", 1.3)
                .put("analyst", "丙");
    }

    @Test
    @Order(1)
    void theDemoPermitsAreSeededAndTheScenarioPermitIsInProgress() throws Exception {
        JsonObject p = json(get(operator, "/api/work-permits/WP-E04-0001"), 200);
        assertEquals("IN_PROGRESS", p.getString("state"));
        assertEquals("HOT_WORK", p.getString("kind"));
        assertEquals("1", p.getString("level"));
        assertEquals("E04-DH-0101", p.getString("externalId"));
        JsonObject active = json(get(operator, "/api/work-permits/active.geojson"), 200);
        assertTrue(active.getJsonArray("features").encode().contains("WP-E04-0001"));
        JsonObject cam = json(get(operator, "/api/work-permits/WP-E04-0001/camera"), 200);
        assertEquals("E04-CAM2", cam.getJsonObject("camera").getString("id"));
        assertTrue(cam.getJsonObject("camera").getBoolean("seesPlace"));
        JsonObject stats = json(get(operator, "/api/work-permits/stats"), 200);
        assertTrue(stats.getJsonObject("today").getInteger("hotWorkLevel1") >= 1, stats.encode());
    }

    @Test
    @Order(2)
    void aGasAnalysisTooOldIsRefusedNamingTheRuleAndNothingIsStored() throws Exception {
        JsonObject b = hotWork("2", 113.9400, 35.2500).put("externalId", "T-OLD-GAS");
        long start = b.getLong("startMs");
        b.put("gasAnalyses", new JsonArray().add(gas(start - 45 * MIN, 0.1)));
        HttpResponse<String> r = post(e04, "/api/work-permits", b.encode());
        assertEquals(422, r.statusCode(), r.body());
        JsonObject err = new JsonObject(r.body());
        assertEquals("HOT-GAS-AGE", err.getString("rule"));
        assertTrue(err.getString("clause").startsWith("GB 30871-2022"));
        assertFalse(get(operator, "/api/work-permits").body().contains("T-OLD-GAS"));
        // a fresh analysis over the limit (LEL 1.3 % < 4 %: at most 0.2 %vol) is refused too
        b.put("gasAnalyses", new JsonArray().add(gas(start - 5 * MIN, 0.3)));
        r = post(e04, "/api/work-permits", b.encode());
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("HOT-GAS-LIMIT", new JsonObject(r.body()).getString("rule"));
        // and a fresh one within limits is filed
        b.put("gasAnalyses", new JsonArray().add(gas(start - 5 * MIN, 0.1)));
        assertEquals(201, post(e04, "/api/work-permits", b.encode()).statusCode());
    }

    @Test
    @Order(3)
    void levelTwoHotWorkInsideADikeIsRefused() throws Exception {
        // inside the crude oil tank farm's dike E04-TF1
        JsonObject b = hotWork("2", 113.9350, 35.2542).put("externalId", "T-DIKE");
        HttpResponse<String> r = post(e04, "/api/work-permits", b.encode());
        assertEquals(422, r.statusCode(), r.body());
        JsonObject err = new JsonObject(r.body());
        assertEquals("HOT-DIKE-SPECIAL", err.getString("rule"));
        assertTrue(err.getString("error").contains("E04-TF1"), r.body());
        assertFalse(get(operator, "/api/work-permits").body().contains("T-DIKE"));
        assertEquals(
                201,
                post(e04, "/api/work-permits", b.put("level", "special").encode()).statusCode());
    }

    @Test
    @Order(4)
    void aCsvWithABadRowIsRefusedNamingTheLineAndNothingIsStored() throws Exception {
        String header = "externalId,kind,level,placeZh,lon,lat,start,end,leader,guardian\n";
        String good =
                "T-CSV-1,WORK_AT_HEIGHT,II,框架平台,113.9400,35.2500,2026-12-07 08:00,2026-12-07 12:00,甲,乙\n";
        String bad =
                "T-CSV-2,LIFTING,9,吊装,113.9401,35.2501,2026-12-07 08:00,2026-12-07 12:00,甲,乙\n";
        String badTime = "T-CSV-3,EXCAVATION,,开挖,113.9402,35.2502,tomorrow,2026-12-07 12:00,甲,乙\n";
        HttpResponse<String> r = postText(e04, "/api/work-permits/import", header + good + bad);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("line 3") && r.body().contains("GEN-LEVEL"), r.body());
        r = postText(e04, "/api/work-permits/import", header + good + badTime);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("line 3, column start"), r.body());
        assertFalse(
                get(operator, "/api/work-permits").body().contains("T-CSV-1"), "nothing stored");
        r = postText(e04, "/api/work-permits/import", header + good);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(1, new JsonObject(r.body()).getInteger("created"));
        // the same external id again updates, it does not duplicate
        r = postText(e04, "/api/work-permits/import", header + good.replace("框架平台", "框架平台二"));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(1, new JsonObject(r.body()).getInteger("updated"));
        long count =
                json(get(operator, "/api/work-permits?enterprise=E04"), 200)
                        .getJsonArray("permits")
                        .stream()
                        .filter(o -> "T-CSV-1".equals(((JsonObject) o).getString("externalId")))
                        .count();
        assertEquals(1, count);
    }

    @Test
    @Order(5)
    void anEnterpriseSeesAndChangesOnlyItsOwnPermits() throws Exception {
        assertEquals(404, get(e01, "/api/work-permits/WP-E04-0001").statusCode());
        assertFalse(get(e01, "/api/work-permits").body().contains("\"E04\""));
        assertFalse(get(e01, "/api/work-permits/active.geojson").body().contains("E04"));
        assertEquals(
                404,
                post(e01, "/api/work-permits/WP-E04-0001/transition", "{\"to\":\"SUSPENDED\"}")
                        .statusCode());
        HttpResponse<String> r =
                post(
                        e01,
                        "/api/work-permits",
                        hotWork("2", 113.94, 35.25).put("enterpriseId", "E04").encode());
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(
                "IN_PROGRESS",
                json(get(operator, "/api/work-permits/WP-E04-0001"), 200).getString("state"));
        assertTrue(get(e04, "/api/work-permits").body().contains("WP-E04-0001"));
    }

    @Test
    @Order(6)
    void theStateMachineRefusesIllegalTransitionsAndStartNeedsAFreshAnalysis() throws Exception {
        JsonObject b = hotWork("2", 113.9405, 35.2505).put("externalId", "T-SM");
        JsonObject p = json(post(e04, "/api/work-permits", b.encode()), 201);
        String id = p.getString("id");
        HttpResponse<String> r =
                post(e04, "/api/work-permits/" + id + "/transition", "{\"to\":\"IN_PROGRESS\"}");
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("APPLIED"), r.body());
        r = post(e04, "/api/work-permits/" + id + "/transition", "{\"to\":\"APPROVED\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("GEN-APPROVER", new JsonObject(r.body()).getString("rule"));
        json(
                post(
                        e04,
                        "/api/work-permits/" + id + "/transition",
                        "{\"to\":\"APPROVED\",\"approver\":\"丁\"}"),
                200);
        r = post(e04, "/api/work-permits/" + id + "/transition", "{\"to\":\"IN_PROGRESS\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("HOT-GAS-AGE", new JsonObject(r.body()).getString("rule"));
        json(
                post(
                        e04,
                        "/api/work-permits/" + id + "/gas-analyses",
                        gas(System.currentTimeMillis() - MIN, 0.05).encode()),
                201);
        assertEquals(
                "IN_PROGRESS",
                json(
                                post(
                                        e04,
                                        "/api/work-permits/" + id + "/transition",
                                        "{\"to\":\"IN_PROGRESS\"}"),
                                200)
                        .getString("state"));
        json(post(e04, "/api/work-permits/" + id + "/transition", "{\"to\":\"CLOSED\"}"), 200);
        assertEquals(
                409,
                post(e04, "/api/work-permits/" + id + "/transition", "{\"to\":\"IN_PROGRESS\"}")
                        .statusCode());
        // a spot check by the operator is recorded with who and when
        json(
                post(
                        operator,
                        "/api/work-permits/WP-E04-0001/spot-checks",
                        "{\"cameraId\":\"E04-CAM2\",\"note\":\"现场有监护人\"}"),
                201);
        JsonObject spots =
                json(get(operator, "/api/work-permits/spot-checks?permit=WP-E04-0001"), 200);
        assertEquals(
                "E04-CAM2",
                spots.getJsonArray("spotChecks").getJsonObject(0).getString("cameraId"));
        assertNotNull(spots.getJsonArray("spotChecks").getJsonObject(0).getString("username"));
        assertEquals(
                403,
                post(
                                e04,
                                "/api/work-permits/WP-E04-0001/spot-checks",
                                "{\"cameraId\":\"E04-CAM2\"}")
                        .statusCode());
    }

    @Test
    @Order(7)
    void aDetectorAlarmNearActiveHotWorkRaisesTheCriticalAlarmWithPermitAndCamera()
            throws Exception {
        long t = System.currentTimeMillis();
        try (UplinkPublisher pub =
                UplinkPublisher.embedded(backend.ports().mqtt(), "E04", "E04-WP")) {
            // far: E04-GD118 at the distillation unit, ~300 m from any active hot work
            pub.publish(1, List.of(new Sample("E04.GD118.GAS", 45.0, t, 0)));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> get(operator, "/api/alarms").body().contains("E04.GD118.GAS.HH"));
            assertEquals(
                    0,
                    json(get(operator, "/api/work-permits/cross-checks"), 200)
                            .getJsonArray("conflicts")
                            .size());
            assertFalse(activeAlarm("E04.WP_GAS_NEAR"));
            // near: E04-GD112, 24 m from WP-E04-0001
            pub.publish(2, List.of(new Sample("E04.GD112.GAS", 45.0, t + 1000, 0)));
            await().atMost(Duration.ofSeconds(15)).until(() -> activeAlarm("E04.WP_GAS_NEAR"));
        }
        JsonArray conflicts =
                json(get(operator, "/api/work-permits/cross-checks"), 200)
                        .getJsonArray("conflicts");
        assertEquals(1, conflicts.size(), conflicts.encode());
        JsonObject c = conflicts.getJsonObject(0);
        assertEquals("WP-E04-0001", c.getJsonObject("permit").getString("id"));
        assertEquals("E04-GD112", c.getJsonObject("detector").getString("featureId"));
        assertEquals("E04-CAM2", c.getJsonObject("camera").getString("id"));
        assertTrue(c.getDouble("distanceM") < 30);
        assertTrue(c.getJsonObject("permit").getJsonArray("people").encode().contains("王建军"));
        JsonObject alarm = alarm("E04.WP_GAS_NEAR");
        assertEquals("critical", alarm.getString("priority"), alarm.encode());
        // the enterprise sees it, another enterprise does not
        assertTrue(get(e04, "/api/work-permits/cross-checks").body().contains("WP-E04-0001"));
        assertFalse(get(e01, "/api/work-permits/cross-checks").body().contains("WP-E04-0001"));
    }

    @Test
    @Order(8)
    void theCrossCheckAlarmsLinkageIsAtThePermitsPlaceWithItsCameraAndTargets() throws Exception {
        // raised in order 7 by E04-GD112 near WP-E04-0001 (a point at 113.9348, 35.25335)
        assertTrue(activeAlarm("E04.WP_GAS_NEAR"));
        for (String token : new String[] {operator, e04}) {
            JsonObject pkg = json(get(token, "/api/alarms/E04.WP_GAS_NEAR/linkage"), 200);
            JsonObject place = pkg.getJsonObject("place");
            assertNotNull(place, pkg.encode());
            assertEquals(113.9348, place.getDouble("lon"), 1e-6, place.encode());
            assertEquals(35.25335, place.getDouble("lat"), 1e-6, place.encode());
            assertTrue(place.getString("nameZh").contains("WP-E04-0001"), place.encode());
            List<String> cameras = new ArrayList<>();
            for (Object o : pkg.getJsonArray("cameras"))
                cameras.add(((JsonObject) o).getString("id"));
            assertTrue(cameras.contains("E04-CAM2"), cameras.toString());
            // the standard sections are there: a radius with the targets inside it, contacts, and
            // the permit itself as the work at the place
            assertTrue(pkg.getDouble("radiusM") > 0, pkg.encode());
            for (Object o : pkg.getJsonArray("targets"))
                assertTrue(
                        ((JsonObject) o).getDouble("distanceM") <= pkg.getDouble("radiusM"),
                        pkg.encode());
            assertTrue(pkg.getJsonArray("work").encode().contains("WP-E04-0001"), pkg.encode());
            assertFalse(pkg.getJsonArray("contacts").isEmpty(), pkg.encode());
        }
        // another enterprise's alarm stays hidden from E01
        assertEquals(404, get(e01, "/api/alarms/E04.WP_GAS_NEAR/linkage").statusCode());
        // a cross-check alarm never raised has no place, hence no package
        assertEquals("{}", get(operator, "/api/alarms/E02.WP_GAS_NEAR/linkage").body());
    }

    private static boolean activeAlarm(String id) {
        JsonObject a = alarm(id);
        return a != null && a.encode().contains("ACTIVE");
    }

    private static JsonObject alarm(String id) {
        try {
            for (Object o : new JsonArray(get(operator, "/api/alarms").body())) {
                JsonObject a = (JsonObject) o;
                if (id.equals(a.getString("id")) || id.equals(a.getString("alarmId"))) return a;
            }
            return null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
        return send(token, path, body, "application/json");
    }

    private static HttpResponse<String> postText(String token, String path, String body)
            throws Exception {
        return send(token, path, body, "text/csv");
    }

    private static HttpResponse<String> send(String token, String path, String body, String type)
            throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + backend.ports().http() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", type)
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
