package org.parkwatch.backend.safetyduty;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The safety-duty API through the real backend on H2GIS with the demo's {@code safety-duty.json}:
 * the seeded overdue duty, late and missing commitments and the shut-down unit whose alarms are
 * suppressed with the filing in the journal; the enterprise files its own, bad input and another
 * enterprise's data are refused with a message naming the rule; writes are audited; the public
 * status lists each enterprise's commitment with no details.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SafetyDutyApiTest {
    @TempDir static Path dir;
    private static ParkWatchApp backend;
    private static String e01;
    private static String e02;
    private static String e08;
    private static String operator;
    private static String regulator;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        // the deadline an hour ago (at least 00:30), so the demo's late declaration has been made
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        LocalTime deadline =
                now.isBefore(LocalTime.of(1, 30)) ? LocalTime.of(0, 30) : now.minusHours(1);
        backend =
                new ParkWatchApp(
                        TestBackend.config(
                                dir,
                                Map.of(
                                        "db.enabled",
                                        "true",
                                        CommitmentDeadline.KEY,
                                        deadline.toString())),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        backend.start().toCompletionStage().toCompletableFuture().get(90, TimeUnit.SECONDS);
        e01 = TestAuth.token(backend, Role.ENTERPRISE, "E01");
        e02 = TestAuth.token(backend, Role.ENTERPRISE, "E02");
        e08 = TestAuth.token(backend, Role.ENTERPRISE, "E08");
        operator = TestAuth.token(backend, Role.OPERATOR, null);
        regulator = TestAuth.token(backend, Role.REGULATOR, null);
        admin = TestAuth.adminToken(backend);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void theDemoHasOneOverdueDutyALateAndAMissingCommitmentAndAShutDownUnit() throws Exception {
        JsonArray overdue =
                json(get(regulator, "/api/safety-duty/duties?overdue=true")).getJsonArray("duties");
        assertEquals(1, overdue.size(), overdue.encode());
        assertEquals("E03-TF1", overdue.getJsonObject(0).getString("unitId"));
        assertEquals("operation", overdue.getJsonObject(0).getString("role"));
        JsonObject hazard = json(get(operator, "/api/safety-duty/hazards/E03-TF1"));
        assertEquals(1L, hazard.getLong("overdue"));
        assertEquals(3, hazard.getJsonArray("duties").size());

        JsonObject today = json(get(operator, "/api/safety-duty/commitments/today"));
        assertEquals("late", rowOf(today, "E05").getString("state"));
        assertEquals("missing", rowOf(today, "E08").getString("state"));
        assertEquals("on-time", rowOf(today, "E01").getString("state"));
        JsonObject sum = today.getJsonObject("summary");
        assertEquals(8, sum.getInteger("enterprises"));
        assertEquals(6, sum.getInteger("onTime"));
        assertEquals(75.0, sum.getDouble("ratePercent"));

        JsonObject u300 = unitOf(json(get(operator, "/api/safety-duty/units")), "E01-U300");
        assertEquals("shut-down", u300.getString("state"));
        assertTrue(u300.getBoolean("alarmsSuppressed"));
        // the alarm service applies the filing on its tick: E01-U300's process alarms are G
        await().atMost(Duration.ofSeconds(20))
                .until(() -> get(operator, "/api/alarms").body().contains("E01.U300.PT"));
        JsonArray active = new JsonArray(get(operator, "/api/alarms").body());
        for (Object o : active) {
            JsonObject a = (JsonObject) o;
            if (a.getString("id").startsWith("E01.U300.")) {
                assertEquals("SUPPRESSED_BY_DESIGN", a.getString("state"), a.encode());
            }
        }
        String journal = get(operator, "/api/alarms/journal?alarm=E01.U300.PT.HH").body();
        assertTrue(journal.contains("停车申报"), journal);
        // E08's missing commitment is an enterprise alarm
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            JsonObject a = activeAlarm("E08.COMMITMENT");
                            return a != null && a.getString("state").equals("UNACK_ACTIVE");
                        });
        assertFalse(get(operator, "/api/alarms").body().contains("E01.COMMITMENT"));
    }

    @Test
    @Order(2)
    void anEnterpriseDeclaresItsOwnAndIsRefusedForAnothers() throws Exception {
        String body =
                "{\"unitsRunning\":1,\"unitsStopped\":0,\"hazardsControlled\":true,"
                        + "\"specialWork\":{\"hot\":0},\"startups\":0,\"shutdowns\":0,"
                        + "\"turnaround\":false,\"safeState\":true,\"responsible\":\"黄志强\"}";
        expect(
                403,
                "an enterprise declares its own",
                e01,
                "/api/safety-duty/commitments",
                body.replace("{\"units", "{\"enterpriseId\":\"E08\",\"units"));
        expect(403, "", operator, "/api/safety-duty/commitments", body);
        expect(
                400,
                "safeState must be true or false",
                e08,
                "/api/safety-duty/commitments",
                body.replace("\"safeState\":true", "\"safeState\":\"yes\""));
        HttpResponse<String> ok = post(e08, "/api/safety-duty/commitments", body);
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals("late", json(ok).getString("state"));
        expect(409, "already declared", e08, "/api/safety-duty/commitments", body);
        assertEquals(
                1,
                json(get(e08, "/api/safety-duty/commitments/today")).getJsonArray("rows").size());
        assertEquals(
                "late",
                rowOf(json(get(operator, "/api/safety-duty/commitments/today")), "E08")
                        .getString("state"));
        // declared (late): the condition clears, the alarm is no longer active
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            JsonObject a = activeAlarm("E08.COMMITMENT");
                            return a == null
                                    || !(a.getString("state").equals("UNACK_ACTIVE")
                                            || a.getString("state").equals("ACK_ACTIVE"));
                        });
        String audit = get(admin, "/api/audit?limit=200").body();
        assertTrue(audit.contains("/api/safety-duty/commitments"), "the declaration is audited");
    }

    @Test
    @Order(3)
    void badCalendarAndCheckInputIsRefusedWithItsRule() throws Exception {
        long now = System.currentTimeMillis();
        String filing =
                "{\"unitId\":\"E01-U200\",\"kind\":\"shutdown\",\"plannedStartMs\":"
                        + (now + 86_400_000L)
                        + ",\"plannedEndMs\":"
                        + now
                        + ",\"approver\":\"周立新\"}";
        expect(
                400,
                "plannedEnd must be after plannedStart",
                e01,
                "/api/safety-duty/calendar",
                filing);
        expect(
                400,
                "unitId 'E01-U999' is no unit",
                e01,
                "/api/safety-duty/calendar",
                filing.replace("E01-U200", "E01-U999"));
        expect(403, "not your enterprise's", e02, "/api/safety-duty/calendar", filing);
        expect(
                400,
                "kind must be one of",
                e01,
                "/api/safety-duty/calendar",
                filing.replace("shutdown", "pause"));
        int before =
                json(get(operator, "/api/safety-duty/calendar")).getJsonArray("filings").size();
        expect(
                403,
                "not your enterprise's major hazard",
                e02,
                "/api/safety-duty/checks",
                "{\"unitId\":\"E01-TF1\",\"role\":\"operation\",\"findings\":\"正常\"}");
        expect(
                400,
                "role must be one of",
                e01,
                "/api/safety-duty/checks",
                "{\"unitId\":\"E01-TF1\",\"role\":\"boss\",\"findings\":\"正常\"}");
        HttpResponse<String> check =
                post(
                        e01,
                        "/api/safety-duty/checks",
                        "{\"unitId\":\"E01-TF1\",\"role\":\"operation\",\"findings\":\"巡检正常\"}");
        assertEquals(201, check.statusCode(), check.body());
        assertEquals("孙晓东", json(check).getString("person"), "the responsible person by default");
        assertEquals(
                before,
                json(get(operator, "/api/safety-duty/calendar")).getJsonArray("filings").size());
        // an enterprise sees its own filings and units only
        for (Object o : json(get(e02, "/api/safety-duty/calendar")).getJsonArray("filings"))
            assertEquals("E02", ((JsonObject) o).getString("enterpriseId"));
        assertEquals(404, get(e02, "/api/safety-duty/hazards/E01-TF1").statusCode());
    }

    @Test
    @Order(4)
    void theUnitRunsAgainAndItsAlarmsReturn() throws Exception {
        JsonObject u300 = unitOf(json(get(e01, "/api/safety-duty/units")), "E01-U300");
        JsonObject f = u300.getJsonObject("filing");
        HttpResponse<String> r =
                post(
                        e01,
                        "/api/safety-duty/calendar/" + f.getLong("id") + "/actual",
                        "{\"actualStartMs\":"
                                + f.getLong("actualStartMs")
                                + ",\"actualEndMs\":"
                                + System.currentTimeMillis()
                                + "}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "running",
                unitOf(json(get(e01, "/api/safety-duty/units")), "E01-U300").getString("state"));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                get(operator, "/api/alarms/journal?alarm=E01.U300.PT.HH")
                                        .body()
                                        .contains("装置恢复运行"));
    }

    private static JsonObject activeAlarm(String id) throws Exception {
        for (Object o : new JsonArray(get(operator, "/api/alarms").body())) {
            if (id.equals(((JsonObject) o).getString("id"))) return (JsonObject) o;
        }
        return null;
    }

    private static JsonObject rowOf(JsonObject today, String enterpriseId) {
        for (Object o : today.getJsonArray("rows"))
            if (enterpriseId.equals(((JsonObject) o).getString("enterpriseId")))
                return (JsonObject) o;
        throw new AssertionError("no row of " + enterpriseId + ": " + today.encode());
    }

    private static JsonObject unitOf(JsonObject units, String unitId) {
        for (Object o : units.getJsonArray("units"))
            if (unitId.equals(((JsonObject) o).getString("unitId"))) return (JsonObject) o;
        throw new AssertionError("no unit " + unitId + ": " + units.encode());
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
        return new JsonObject(r.body());
    }

    private static void expect(int status, String reason, String token, String path, String body)
            throws Exception {
        HttpResponse<String> r = post(token, path, body);
        assertEquals(status, r.statusCode(), path + " " + body + ": " + r.body());
        assertTrue(new JsonObject(r.body()).getString("error").contains(reason), r.body());
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + backend.ports().http() + path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(10))
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
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
