package org.parkwatch.backend.tracker;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
 * The tracker through the real backend on H2GIS with the demo park: the platform's figures agree
 * with the hazard API, progress entries are filed, audited and refused with the rule named, roles
 * are kept, and the quarterly DOCX parsed back shows the API's figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackerApiTest {
    @TempDir static Path dir;
    private static ParkWatchApp backend;
    private static String regulator;
    private static String operator;
    private static String enterprise;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        backend =
                new ParkWatchApp(
                        TestBackend.config(dir, Map.of("db.enabled", "true")),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        backend.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        regulator = TestAuth.token(backend, Role.REGULATOR, null);
        operator = TestAuth.token(backend, Role.OPERATOR, null);
        enterprise = TestAuth.token(backend, Role.ENTERPRISE, "E01");
        admin = TestAuth.adminToken(backend);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void theTasksCarryThePlatformsOwnFigures() throws Exception {
        JsonObject o = json(get(regulator, "/api/tracker/tasks"));
        JsonArray tasks = o.getJsonArray("tasks");
        assertEquals(19, tasks.size());
        JsonObject t2 = task(o, "2");
        JsonObject majors = figure(t2, "majorHazards");
        assertTrue(majors.getBoolean("available"));
        int hazardsApi =
                json(get(regulator, "/api/hazards"))
                        .getJsonObject("coverage")
                        .getInteger("majorHazards");
        assertEquals(hazardsApi, majors.getDouble("value").intValue(), "the hazard API's count");
        int byLevel = 0;
        for (int l = 1; l <= 4; l++)
            byLevel += figure(t2, "majorHazardsL" + l).getDouble("value").intValue();
        assertEquals(hazardsApi, byLevel, "every major hazard has a grade");
        double coverage =
                json(get(regulator, "/api/hazards")).getJsonObject("coverage").getDouble("percent");
        assertEquals(coverage, figure(task(o, "4"), "monitoringCoverage").getDouble("value"), 1e-9);
        assertTrue(figure(task(o, "3"), "lotsTracked").getDouble("value") > 0, "the demo ledger");
        assertTrue(figure(task(o, "30-33"), "drills").getBoolean("available"));
        JsonObject t34 = task(o, "34");
        assertEquals(0, t34.getJsonArray("figures").size(), "open days: no figure on the platform");
        assertTrue(t34.getBoolean("overdue"), "due 2018-12-31, not started");
        assertFalse(task(o, "1").getBoolean("overdue"), "done");
        // the day's safety figures come from the capabilities that own them: the same as their APIs
        JsonObject daily = o.getJsonObject("dailySafety");
        JsonObject today = json(get(regulator, "/api/work-permits/stats")).getJsonObject("today");
        JsonObject permits = daily.getJsonObject("permits");
        assertEquals(today.getInteger("hotWorkSpecial"), permits.getInteger("hotWorkSpecial"));
        assertEquals(today.getInteger("hotWorkLevel1"), permits.getInteger("hotWorkFirst"));
        assertEquals(today.getInteger("confinedSpace"), permits.getInteger("confinedSpace"));
        assertTrue(permits.getInteger("active") > 0, "the demo's permits of today");
        JsonObject dangers =
                json(get(regulator, "/api/dual-prevention/statistics")).getJsonObject("park");
        assertEquals(
                dangers.getInteger("overdue"),
                daily.getJsonObject("hiddenDangers").getInteger("overdue"));
        assertEquals(
                dangers.getInteger("open"),
                daily.getJsonObject("hiddenDangers").getInteger("open"));
    }

    @Test
    @Order(2)
    void aProgressEntryIsFiledWithItsAuthorAndAudited() throws Exception {
        HttpResponse<String> r =
                post(
                        regulator,
                        "/api/tracker/tasks/5/progress",
                        "{\"text\":\"园区 QRA 已复核 <b>\",\"percent\":90}");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject e = json(r);
        assertEquals(TestAuth.username(Role.REGULATOR, null), e.getString("author"));
        assertEquals("regulator", e.getString("role"));
        assertEquals(90, e.getInteger("percent"));
        assertEquals(
                201,
                post(
                                operator,
                                "/api/tracker/tasks/34/progress",
                                "{\"text\":\"开放日已排期\",\"percent\":100}")
                        .statusCode());

        JsonObject o = json(get(regulator, "/api/tracker/tasks"));
        JsonObject t5 = task(o, "5");
        assertEquals(90, t5.getInteger("percent"));
        assertEquals("in-progress", t5.getString("status"));
        assertEquals(
                "园区 QRA 已复核 <b>", t5.getJsonArray("entries").getJsonObject(0).getString("text"));
        JsonObject t34 = task(o, "34");
        assertEquals("done", t34.getString("status"));
        assertFalse(t34.getBoolean("overdue"), "done, so no longer overdue");

        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                get(
                                                admin,
                                                "/api/audit?action=POST%20/api/tracker/tasks/:taskId/progress")
                                        .body()
                                        .contains("/api/tracker/tasks/5/progress"));
    }

    @Test
    @Order(3)
    void badInputIsRefusedWithTheRuleAndNothingIsWritten() throws Exception {
        int before = entries();
        String path = "/api/tracker/tasks/5/progress";
        expect(
                400,
                "percent: a whole number from 0 to 100",
                regulator,
                path,
                "{\"text\":\"x\",\"percent\":101}");
        expect(
                400,
                "percent: a whole number from 0 to 100",
                regulator,
                path,
                "{\"text\":\"x\",\"percent\":-1}");
        expect(
                400,
                "percent: a whole number from 0 to 100",
                regulator,
                path,
                "{\"text\":\"x\",\"percent\":50.5}");
        expect(
                400,
                "percent: a whole number from 0 to 100",
                regulator,
                path,
                "{\"text\":\"x\",\"percent\":\"abc\"}");
        expect(400, "percent: a whole number from 0 to 100", regulator, path, "{\"text\":\"x\"}");
        expect(
                400,
                "text: 1 to 2000 characters",
                regulator,
                path,
                "{\"text\":\"  \",\"percent\":10}");
        expect(400, "text: 1 to 2000 characters", regulator, path, "{\"percent\":10}");
        expect(
                400,
                "text: 1 to 2000 characters",
                regulator,
                path,
                "{\"text\":\"" + "长".repeat(2001) + "\",\"percent\":10}");
        expect(400, "body", regulator, path, "not json");
        expect(
                404,
                "no task '99'",
                regulator,
                "/api/tracker/tasks/99/progress",
                "{\"text\":\"x\",\"percent\":10}");
        HttpResponse<String> q = get(regulator, "/api/tracker/tasks?quarter=2026Q5");
        assertEquals(400, q.statusCode());
        assertTrue(q.body().contains("quarter='2026Q5': use YYYYQn"), q.body());
        HttpResponse<String> lang = get(regulator, "/api/export/tracker-report.html?lang=fr");
        assertEquals(400, lang.statusCode());
        assertTrue(lang.body().contains("lang='fr': use zh or en"), lang.body());
        assertEquals(before, entries(), "nothing written");
    }

    @Test
    @Order(4)
    void anEnterpriseUserHasNoAccess() throws Exception {
        assertEquals(403, get(enterprise, "/api/tracker/tasks").statusCode());
        assertEquals(403, get(enterprise, "/api/export/tracker-report.docx").statusCode());
        assertEquals(403, get(enterprise, "/api/export/tracker-report.html").statusCode());
        assertEquals(
                403,
                post(enterprise, "/api/tracker/tasks/5/progress", "{\"text\":\"x\",\"percent\":10}")
                        .statusCode());
    }

    @Test
    @Order(5)
    void theQuarterlyDocxShowsTheApisFigures() throws Exception {
        JsonObject o = json(get(regulator, "/api/tracker/tasks"));
        for (boolean en : List.of(false, true)) {
            HttpResponse<byte[]> r =
                    bytes(regulator, "/api/export/tracker-report.docx" + (en ? "?lang=en" : ""));
            assertEquals(200, r.statusCode());
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
                assertTrue(
                        doc.getParagraphs()
                                        .get(0)
                                        .getText()
                                        .contains(
                                                en
                                                        ? o.getString("quarter").replace("Q", " Q")
                                                        : "第 4 季度")
                                || !o.getString("quarter").endsWith("Q4"),
                        doc.getParagraphs().get(0).getText());
                XWPFTable tasks = doc.getTables().get(0);
                assertEquals(o.getJsonArray("tasks").size() + 1, tasks.getRows().size());
                for (XWPFTableRow row : tasks.getRows().subList(1, tasks.getRows().size())) {
                    JsonObject t = task(o, row.getCell(0).getText());
                    assertEquals(String.valueOf(t.getInteger("percent")), row.getCell(5).getText());
                    assertEquals(
                            t.getString(en ? "statusEn" : "statusZh"), row.getCell(4).getText());
                    assertEquals(
                            t.getBoolean("overdue"),
                            !row.getCell(6).getText().isEmpty(),
                            t.getString("id"));
                }
                XWPFTable figures = doc.getTables().get(1);
                Map<String, String> cells = new HashMap<>();
                for (XWPFTableRow row : figures.getRows().subList(1, figures.getRows().size()))
                    cells.put(
                            row.getCell(0).getText() + "|" + row.getCell(1).getText(),
                            row.getCell(2).getText());
                int compared = 0;
                for (Object x : o.getJsonArray("tasks")) {
                    JsonObject t = (JsonObject) x;
                    if (t.getJsonArray("figures").isEmpty()) {
                        assertEquals(
                                en ? "no figure on the platform" : "平台无此数据",
                                cells.get(t.getString("id") + "|—"));
                        continue;
                    }
                    for (Object y : t.getJsonArray("figures")) {
                        JsonObject f = (JsonObject) y;
                        String cell =
                                cells.get(
                                        t.getString("id")
                                                + "|"
                                                + f.getString(en ? "labelEn" : "labelZh"));
                        assertEquals(
                                f.getString(en ? "textEn" : "textZh"), cell, f.getString("key"));
                        if (f.getBoolean("available") && !f.getString("key").equals("qraDone"))
                            assertEquals(f.getDouble("value"), Double.parseDouble(cell), 1e-9);
                        compared++;
                    }
                }
                assertTrue(compared >= 20, "figures compared: " + compared);
                XWPFTable entries = doc.getTables().get(2);
                assertTrue(entries.getText().contains("园区 QRA 已复核 <b>"), entries.getText());
            }
        }
        HttpResponse<String> html = get(regulator, "/api/export/tracker-report.html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("园区 QRA 已复核 &lt;b&gt;"), "escaped");
        assertFalse(html.body().contains("<b>"));
    }

    private static int entries() throws Exception {
        int n = 0;
        for (Object t : json(get(regulator, "/api/tracker/tasks")).getJsonArray("tasks"))
            n += ((JsonObject) t).getJsonArray("entries").size();
        return n;
    }

    private static JsonObject task(JsonObject o, String id) {
        for (Object t : o.getJsonArray("tasks"))
            if (((JsonObject) t).getString("id").equals(id)) return (JsonObject) t;
        throw new AssertionError("no task " + id);
    }

    private static JsonObject figure(JsonObject task, String key) {
        for (Object f : task.getJsonArray("figures"))
            if (((JsonObject) f).getString("key").equals(key)) return (JsonObject) f;
        throw new AssertionError("task " + task.getString("id") + " has no figure " + key);
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        assertNotNull(r.body());
        return new JsonObject(r.body());
    }

    private static void expect(int status, String text, String token, String path, String body)
            throws Exception {
        HttpResponse<String> r = post(token, path, body);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(text), r.body());
    }

    private static HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + backend.ports().http() + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return TestHttp.CLIENT.send(
                request(token, path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> bytes(String token, String path) throws Exception {
        return TestHttp.CLIENT.send(
                request(token, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String token, String path, String body)
            throws Exception {
        return TestHttp.CLIENT.send(
                request(token, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
