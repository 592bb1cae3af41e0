package org.parkwatch.backend.emergency;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.uplink.Sample;

/**
 * The emergency command flow through the real backend's HTTP API, shared by the H2GIS and PostGIS
 * tests: a chlorine leak at E01's V101 (live wind from the west) opens an incident; its command
 * record proposes E01's on-site plan and a level whose reasons carry the threat zones' numbers; the
 * commander's steps, dispatch, material, the log's hash chain and the after-action report follow,
 * with the bad input of issue 14 each answered by a clear error and nothing written.
 */
final class EmergencyScenario {
    private final TestBackend b;
    private final String operator;
    private final String admin;

    EmergencyScenario(TestBackend b) throws Exception {
        this.b = b;
        this.operator = TestAuth.token(b.backend, Role.OPERATOR, null);
        this.admin = TestAuth.adminToken(b.backend);
    }

    String operatorToken() {
        return operator;
    }

    HttpResponse<String> call(String token, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(b.uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json");
        r.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return TestHttp.CLIENT.send(
                r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The regulator's tracker: drills held this period (Henan plan tasks 30–33), as the API says.
     */
    int drillsOnTheTracker() throws Exception {
        for (Object t : ok(operator, "GET", "/api/tracker/tasks", null).getJsonArray("tasks")) {
            JsonObject task = (JsonObject) t;
            if (!task.getString("id").equals("30-33")) continue;
            for (Object f : task.getJsonArray("figures"))
                if (((JsonObject) f).getString("key").equals("drills"))
                    return ((JsonObject) f).getDouble("value").intValue();
        }
        throw new AssertionError("the tracker has no drill figure");
    }

    JsonObject ok(String token, String method, String path, String body) throws Exception {
        HttpResponse<String> r = call(token, method, path, body);
        assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
        return new JsonObject(r.body());
    }

    JsonObject refused(
            int status, String token, String method, String path, String body, String text)
            throws Exception {
        HttpResponse<String> r = call(token, method, path, body);
        assertEquals(status, r.statusCode(), method + " " + path + ": " + r.body());
        JsonObject e = new JsonObject(r.body());
        assertTrue(e.getString("error").contains(text), e.getString("error"));
        return e;
    }

    /** Publishes the weather and a chlorine leak at E01; returns the incident id of its record. */
    String leak() throws Exception {
        long t0 = System.currentTimeMillis() - 5000;
        try (UplinkPublisher park = UplinkPublisher.embedded(b.ports.mqtt(), "PARK", "PARK-B1");
                UplinkPublisher e01 = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            park.publish(
                    1,
                    List.of(
                            new Sample("PARK.WS1.WD", 270.0, t0, 0),
                            new Sample("PARK.WS1.WS", 3.0, t0, 0),
                            new Sample("PARK.WS1.TA", 15.0, t0, 0),
                            new Sample("PARK.WS1.CC", 8.0, t0, 0)));
            e01.publish(
                    1,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.45, t0, 0),
                            new Sample("E01.GD102.GAS", 0.40, t0, 0)));
            e01.publish(
                    2,
                    List.of(
                            new Sample("E01.GD101.GAS", 0.50, t0 + 2500, 0),
                            new Sample("E01.GD102.GAS", 0.42, t0 + 2500, 0)));
            await().atMost(Duration.ofSeconds(30)).until(() -> !records().isEmpty());
        }
        String id = records().getJsonObject(0).getString("incidentId");
        // the proposal is made from the zones once the threat-zone run exists
        await().atMost(Duration.ofSeconds(30))
                .until(() -> record(id).getJsonObject("proposal").getString("zoneRun") != null);
        return id;
    }

    JsonArray records() throws Exception {
        return new JsonArray(call(operator, "GET", "/api/emergency/incidents", null).body());
    }

    JsonObject record(String id) throws Exception {
        return ok(operator, "GET", "/api/emergency/incidents/" + id, null);
    }

    int logSize(String id) throws Exception {
        return ok(operator, "GET", "/api/emergency/incidents/" + id + "/log", null)
                .getJsonArray("entries")
                .size();
    }

    /** The proposal: E01's on-site plan; the ERPG-2 check carries the zone API's number. */
    void proposalSaysWhy(String id) throws Exception {
        JsonObject rec = record(id);
        assertEquals(List.of("E01"), rec.getJsonArray("enterprises").getList());
        JsonObject p = rec.getJsonObject("proposal");
        assertEquals("OS-E01-CL2", p.getString("planId"));
        JsonObject zones = ok(operator, "GET", "/api/incidents/" + id + "/threat-zones", null);
        int erpg2 = 0;
        for (Object o : zones.getJsonArray("features")) {
            JsonObject props = ((JsonObject) o).getJsonObject("properties");
            if ("ERPG-2".equals(props.getString("threshold")))
                erpg2 = props.getInteger("population");
        }
        String mostSevereMet = null;
        for (Object o : p.getJsonArray("checks")) {
            JsonObject c = (JsonObject) o;
            if (c.getString("fact").equals("peopleInErpg2"))
                assertEquals((double) erpg2, c.getDouble("actual"), c.encode());
            assertEquals(
                    c.getBoolean("known") && c.getDouble("actual") >= c.getDouble("atLeast"),
                    c.getBoolean("met"),
                    c.encode());
            if (c.getBoolean("met") && mostSevereMet == null) mostSevereMet = c.getString("level");
        }
        assertEquals(
                mostSevereMet == null ? "IV" : mostSevereMet, p.getString("level"), p.encode());
    }

    /** The whole commander flow; returns the record at the end. */
    JsonObject commanderFlow(String id) throws Exception {
        String inc = "/api/emergency/incidents/" + id;
        int before = logSize(id);
        refused(400, operator, "POST", inc + "/decision", "{}", "reason is required");
        assertEquals(before, logSize(id), "a refused decision writes nothing");
        assertNull(record(id).getString("level"));

        ok(operator, "POST", inc + "/confirm", null);
        refused(409, operator, "POST", inc + "/confirm", null, "already confirmed");
        String proposed = record(id).getJsonObject("proposal").getString("level");
        JsonObject decided = ok(operator, "POST", inc + "/decision", "{\"reason\":\"按系统建议\"}");
        assertEquals(proposed, decided.getString("level"));
        JsonObject plan = ok(operator, "GET", "/api/emergency/plans/OS-E01-CL2", null);
        assertEquals(actions(plan, proposed), record(id).getJsonArray("tasks").size());

        // dispatch: ETA from the fastest route on the park's road graph (routing capability),
        // labelled; the same resource again is 409
        JsonObject d = ok(operator, "POST", inc + "/dispatch", "{\"resourceId\":\"T-PARK-FIRE\"}");
        assertTrue(d.getDouble("distanceM") > 100, d.encode());
        assertTrue(d.getDouble("etaS") > 0, d.encode());
        assertEquals(
                "fastest route on the park's road network", d.getString("etaBasisEn"), d.encode());
        int logged = logSize(id);
        refused(
                409,
                operator,
                "POST",
                inc + "/dispatch",
                "{\"resourceId\":\"T-PARK-FIRE\"}",
                "already committed to incident " + id);
        assertEquals(1, record(id).getJsonArray("dispatches").size());
        assertEquals(logged, logSize(id));
        refused(404, operator, "POST", inc + "/dispatch", "{\"resourceId\":\"NOPE\"}", "NOPE");
        dispatchedTeamApproachesClearOfNoEntryZones(id, "T-PARK-FIRE");

        // material: no negative stock
        refused(
                409,
                operator,
                "POST",
                inc + "/issue",
                "{\"storeId\":\"PARK-FOAM1\",\"item\":\"foam-afff\",\"quantity\":31}",
                "only 30.0 t");
        assertEquals(30.0, stock("PARK-FOAM1", "foam-afff"));
        assertEquals(
                25.0,
                ok(
                                operator,
                                "POST",
                                inc + "/issue",
                                "{\"storeId\":\"PARK-FOAM1\",\"item\":\"foam-afff\",\"quantity\":5}")
                        .getDouble("left"));
        assertEquals(25.0, stock("PARK-FOAM1", "foam-afff"));

        // level change: reason required; the new level's tasks are added
        refused(400, operator, "POST", inc + "/level", "{\"level\":\"I\"}", "reason is required");
        assertEquals(proposed, record(id).getString("level"));
        String other = proposed.equals("I") ? "II" : "I";
        ok(
                operator,
                "POST",
                inc + "/level",
                "{\"level\":\"" + other + "\",\"reason\":\"毒气扩散至村庄\"}");
        JsonObject rec = record(id);
        assertEquals(other, rec.getString("level"));
        assertEquals(
                actions(plan, proposed) + actions(plan, other), rec.getJsonArray("tasks").size());
        String action = rec.getJsonArray("tasks").getJsonObject(0).getString("actionId");
        ok(operator, "POST", inc + "/tasks/" + action, "{\"status\":\"doing\"}");
        ok(operator, "POST", inc + "/tasks/" + action, "{\"status\":\"done\"}");
        refused(
                409,
                operator,
                "POST",
                inc + "/tasks/" + action,
                "{\"status\":\"todo\"}",
                "cannot become TODO");
        ok(operator, "POST", inc + "/escalate", "{\"reason\":\"需要政府层面协调\"}");
        ok(operator, "POST", inc + "/evacuation", "{\"note\":\"刘屯开始疏散\"}");
        ok(operator, "POST", inc + "/notes", "{\"text\":\"风向稳定\"}");

        // tenancy: E02 sees nothing of E01's incident, E01 reads but cannot command
        String e02 = TestAuth.token(b.backend, Role.ENTERPRISE, "E02");
        String e01 = TestAuth.token(b.backend, Role.ENTERPRISE, "E01");
        assertEquals(404, call(e02, "GET", inc, null).statusCode());
        assertEquals(
                0, new JsonArray(call(e02, "GET", "/api/emergency/incidents", null).body()).size());
        assertEquals(200, call(e01, "GET", inc, null).statusCode());
        assertEquals(
                404,
                call(e02, "GET", "/api/emergency/plans/OS-E01-CL2", null).statusCode(),
                "another enterprise's on-site plan");
        assertEquals(200, call(e01, "GET", "/api/emergency/plans/OS-E01-CL2", null).statusCode());
        assertEquals(403, call(e01, "POST", inc + "/evacuation", "{}").statusCode());

        refused(400, operator, "POST", inc + "/all-clear", "{}", "reason is required");
        ok(operator, "POST", inc + "/all-clear", "{\"reason\":\"泄漏已堵住，浓度低于 ERPG-1\"}");
        refused(
                409,
                operator,
                "POST",
                inc + "/dispatch",
                "{\"resourceId\":\"T-MEDICAL\"}",
                "is closed");
        for (Object o :
                new JsonArray(call(operator, "GET", "/api/emergency/resources", null).body()))
            assertNull(((JsonObject) o).getString("committedTo"), "released at the all clear");
        HttpResponse<String> after =
                call(operator, "GET", "/api/routing/incidents/" + id + "/evacuation", null);
        if (after.statusCode() == 200) // released teams get no approach route
        assertTrue(
                    new JsonObject(after.body())
                            .getJsonObject("dispatched")
                            .getJsonArray("routes")
                            .isEmpty(),
                    after.body());

        JsonObject log = ok(operator, "GET", inc + "/log", null);
        assertTrue(log.getBoolean("chainOk"), log.encode());
        List<String> actions =
                log.getJsonArray("entries").stream()
                        .map(o -> ((JsonObject) o).getString("action"))
                        .toList();
        assertEquals("incident.detected", actions.get(0));
        for (String a :
                List.of(
                        "level.proposed",
                        "incident.confirmed",
                        "level.decided",
                        "resource.dispatched",
                        "material.issued",
                        "level.changed",
                        "task.done",
                        "escalated.government",
                        "evacuation.started",
                        "note",
                        "resource.released",
                        "all-clear")) assertTrue(actions.contains(a), a + " in " + actions);
        JsonObject first = log.getJsonArray("entries").getJsonObject(0);
        assertEquals("0".repeat(64), first.getString("prevHash"));
        return record(id);
    }

    /**
     * The incident's routes hold the dispatched team's approach, computed for the latest zones: a
     * route (driving time, staging point) whose line touches no ERPG-3 zone (JTS), or a finding
     * saying why there is none.
     */
    void dispatchedTeamApproachesClearOfNoEntryZones(String id, String teamId) throws Exception {
        JsonObject routes =
                ok(operator, "GET", "/api/routing/incidents/" + id + "/evacuation", null);
        JsonObject zones = ok(operator, "GET", "/api/incidents/" + id + "/threat-zones", null);
        assertEquals(
                zones.getJsonObject("run").getString("runId"),
                routes.getString("zoneRunId"),
                "routes of the latest zones");
        GeoJsonReader reader = new GeoJsonReader();
        List<Geometry> noEntry = new java.util.ArrayList<>();
        for (Object o : zones.getJsonArray("features")) {
            JsonObject f = (JsonObject) o;
            String t = f.getJsonObject("properties").getString("threshold");
            if (f.getValue("geometry") != null && List.of("ERPG-3", "12.5kW").contains(t))
                noEntry.add(reader.read(f.getJsonObject("geometry").encode()));
        }
        assertFalse(noEntry.isEmpty(), "a chlorine leak at 3 m/s has an ERPG-3 zone");
        JsonObject dispatched = routes.getJsonObject("dispatched");
        List<JsonObject> mine =
                dispatched.getJsonArray("routes").stream()
                        .map(o -> (JsonObject) o)
                        .filter(r -> r.getString("responderId").equals(teamId))
                        .toList();
        long findings =
                dispatched.getJsonArray("findings").stream()
                        .filter(o -> ((JsonObject) o).getString("responderId").equals(teamId))
                        .count();
        assertEquals(1, mine.size() + findings, dispatched.encode());
        for (JsonObject r : mine) {
            assertEquals("园区特勤消防队", r.getString("nameZh"));
            assertTrue(r.getDouble("distanceM") > 0 && r.getLong("timeS") > 0, r.encode());
            Geometry line = reader.read(r.getJsonObject("line").encode());
            for (Geometry z : noEntry)
                assertFalse(line.intersects(z), "approach enters a no-entry zone: " + r.encode());
        }
    }

    /** The DOCX report's interval table read back equals the API's intervals. */
    void reportMatchesApi(String id, boolean drill) throws Exception {
        JsonObject rec = record(id);
        Map<String, String> api = new HashMap<>();
        for (Object o : rec.getJsonArray("intervals")) {
            JsonObject i = (JsonObject) o;
            api.put(
                    i.getString("key"),
                    i.getValue("minutes") == null
                            ? "—"
                            : String.format(Locale.ROOT, "%.2f", i.getDouble("minutes")));
        }
        assertEquals(5, api.size());
        assertFalse(api.containsValue("—"), "every step happened: " + api);
        HttpRequest req =
                HttpRequest.newBuilder(b.uri("/api/emergency/incidents/" + id + "/report.docx"))
                        .header("Authorization", "Bearer " + operator)
                        .GET()
                        .build();
        HttpResponse<byte[]> r = TestHttp.CLIENT.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Map<String, String> docx = new HashMap<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            XWPFTable t = doc.getTables().get(0);
            for (XWPFTableRow row : t.getRows().subList(1, t.getRows().size()))
                docx.put(row.getCell(0).getText(), row.getCell(3).getText());
            String all = doc.getParagraphs().get(0).getText();
            assertEquals(drill, all.startsWith("演练复盘报告"), all);
        }
        assertEquals(api, docx);
        HttpResponse<String> html =
                call(operator, "GET", "/api/emergency/incidents/" + id + "/report.html", null);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("data-key=\"dispatch\""), html.body());
    }

    /**
     * A plan file with a broken group reference: 400 naming file, plan and action; nothing stored.
     */
    void brokenPlanIsRefused() throws Exception {
        JsonObject plan = ok(admin, "GET", "/api/emergency/plans/SP-FIRE", null);
        int before = new JsonArray(call(admin, "GET", "/api/emergency/plans", null).body()).size();
        JsonObject good = plan.copy().put("id", "SP-FIRE-2").put("titleZh", "新火灾预案");
        JsonObject bad = plan.copy().put("id", "SP-FIRE-3");
        bad.getJsonArray("levels")
                .getJsonObject(0)
                .getJsonArray("actions")
                .getJsonObject(0)
                .put("group", "divers");
        String badAction =
                bad.getJsonArray("levels")
                        .getJsonObject(0)
                        .getJsonArray("actions")
                        .getJsonObject(0)
                        .getString("id");
        JsonObject body =
                new JsonObject()
                        .put(
                                "files",
                                new JsonObject().put("fire-2.json", good).put("fire-3.json", bad));
        JsonObject e =
                refused(400, admin, "POST", "/api/emergency/plans", body.encode(), "fire-3.json");
        String problem = e.getJsonArray("problems").getString(0);
        assertTrue(
                problem.contains("fire-3.json")
                        && problem.contains("SP-FIRE-3")
                        && problem.contains(badAction)
                        && problem.contains("divers"),
                problem);
        assertEquals(
                before,
                new JsonArray(call(admin, "GET", "/api/emergency/plans", null).body()).size());
        assertEquals(404, call(admin, "GET", "/api/emergency/plans/SP-FIRE-2", null).statusCode());
        // operators may not edit plans; an administrator's edit is stored
        assertEquals(
                403,
                call(operator, "PUT", "/api/emergency/plans/SP-FIRE", good.encode()).statusCode());
        JsonObject edited = plan.copy().put("titleZh", "火灾事故专项应急预案（修订）");
        ok(admin, "PUT", "/api/emergency/plans/SP-FIRE", edited.encode());
        assertEquals(
                "火灾事故专项应急预案（修订）",
                ok(admin, "GET", "/api/emergency/plans/SP-FIRE", null).getString("titleZh"));
    }

    void drill(boolean on) throws Exception {
        assertEquals(
                on,
                ok(
                                operator,
                                "POST",
                                "/api/emergency/drill",
                                "{\"on\":" + on + ",\"note\":\"泄漏演练\"}")
                        .getBoolean("on"));
    }

    private double stock(String store, String item) throws Exception {
        for (Object o :
                new JsonArray(call(operator, "GET", "/api/emergency/resources", null).body())) {
            JsonObject r = (JsonObject) o;
            if (!r.getString("id").equals(store)) continue;
            for (Object i : r.getJsonArray("items"))
                if (((JsonObject) i).getString("item").equals(item))
                    return ((JsonObject) i).getDouble("quantity");
        }
        throw new AssertionError("no stock " + store + "/" + item);
    }

    private static int actions(JsonObject plan, String level) {
        for (Object o : plan.getJsonArray("levels")) {
            JsonObject l = (JsonObject) o;
            if (l.getString("level").equals(level)) return l.getJsonArray("actions").size();
        }
        throw new AssertionError("no level " + level);
    }
}
