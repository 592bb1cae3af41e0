package org.parkwatch.backend.dualprevention;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Dual prevention through the real backend on one store (H2GIS or PostGIS, {@link #database}) with
 * the demo records: the seed has all four colours and overdue hidden dangers whose alarms are
 * raised (the major ones escalated to the park); one hidden danger walks its life cycle with a
 * photo; bad input is refused with the rule named and nothing half-written; a sync is idempotent by
 * external id; an enterprise sees and changes only its own.
 */
abstract class DualPreventionContract {
    private static final String BASE = "/api/dual-prevention";
    private static final String POINT = "{\"type\":\"Point\",\"coordinates\":[113.9383,35.2568]}";
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3
    };

    @TempDir Path dataDir;

    /** The store's keys ({@code db.*}). */
    protected abstract Map<String, String> database() throws Exception;

    @Test
    void lifeCycleBadInputSyncTenancyAndOverdueAlarms() throws Exception {
        Map<String, String> cfg = new HashMap<>(database());
        cfg.put("risk.qra.autoStart", "false");
        cfg.put("dualPrevention.photoMaxBytes", "2048");
        try (TestBackend b =
                TestBackend.startAll(TestBackend.config(dataDir, cfg), ParkCatalog.loadDemo())) {
            String e01 = TestAuth.token(b.backend, Role.ENTERPRISE, "E01");
            String e02 = TestAuth.token(b.backend, Role.ENTERPRISE, "E02");
            String operator = TestAuth.token(b.backend, Role.OPERATOR, null);
            String regulator = TestAuth.token(b.backend, Role.REGULATOR, null);

            // the seed: four colours, overdue hidden dangers, a major one overdue → alarms
            JsonArray points = get(b, operator, BASE + "/risk-points").getJsonArray("riskPoints");
            Set<String> grades = new HashSet<>();
            points.forEach(p -> grades.add(((JsonObject) p).getString("grade")));
            assertEquals(Set.of("red", "orange", "yellow", "blue"), grades);
            JsonObject park = get(b, regulator, BASE + "/statistics").getJsonObject("park");
            assertEquals(12, park.getInteger("total"), park.encode());
            assertEquals(4, park.getInteger("overdue"), park.encode());
            assertEquals(3, park.getInteger("majorOpen"), park.encode());
            await().atMost(Duration.ofSeconds(20))
                    .until(
                            () ->
                                    activeAlarms(b).contains("E01.HD_OVERDUE")
                                            && activeAlarms(b).contains("PARK.HD_MAJOR_OVERDUE"));
            assertFalse(activeAlarms(b).contains("E05.HD_OVERDUE"), "E05's deadline is ahead");

            // report → assess → assign → rectify (+photo) → verify → close; closing early refused
            JsonObject reported =
                    new JsonObject(
                            expect(
                                    201,
                                    post(
                                            b,
                                            e01,
                                            BASE + "/hidden-dangers",
                                            "{\"title\":\"测试隐患\",\"geometry\":" + POINT + "}")));
            String id = reported.getString("id");
            assertEquals("E01", reported.getString("enterpriseId"));
            String path = BASE + "/hidden-dangers/" + id;
            String closeEarly = expect(409, act(b, e01, path, "{\"action\":\"close\"}"));
            assertTrue(closeEarly.contains("HD-4"), closeEarly);
            expect(409, act(b, e01, path, "{\"action\":\"rectify\"}"));
            expect(400, act(b, e01, path, "{\"action\":\"assess\",\"level\":\"huge\"}"));
            expect(200, act(b, e01, path, "{\"action\":\"assess\",\"level\":\"major\"}"));
            String noPerson =
                    expect(
                            400,
                            act(
                                    b,
                                    e01,
                                    path,
                                    "{\"action\":\"assign\",\"deadlineMs\":"
                                            + (System.currentTimeMillis() + 86_400_000L)
                                            + "}"));
            assertTrue(noPerson.contains("responsible"), noPerson);
            expect(
                    200,
                    act(
                            b,
                            e01,
                            path,
                            "{\"action\":\"assign\",\"responsible\":\"张工\",\"deadlineMs\":"
                                    + (System.currentTimeMillis() + 86_400_000L)
                                    + "}"));
            expect(200, act(b, e01, path, "{\"action\":\"rectify\",\"note\":\"已更换\"}"));
            String beforeVerify = expect(409, act(b, e01, path, "{\"action\":\"close\"}"));
            assertTrue(beforeVerify.contains("verified"), beforeVerify);

            // photos: a GIF, a JPEG-declared PNG, an oversize PNG refused; a PNG stored as a file
            String gif = photo("image/png", "GIF89a-not-a-png".getBytes(StandardCharsets.US_ASCII));
            assertTrue(expect(400, post(b, e01, path + "/photos", gif)).contains("neither a JPEG"));
            expect(400, post(b, e01, path + "/photos", photo("image/jpeg", PNG)));
            byte[] big = new byte[4096];
            System.arraycopy(PNG, 0, big, 0, PNG.length);
            String over = expect(400, post(b, e01, path + "/photos", photo("image/png", big)));
            assertTrue(over.contains("at most 2048 bytes"), over);
            assertEquals(0, detail(b, e01, path).getJsonArray("photos").size(), "nothing stored");
            JsonObject stored =
                    new JsonObject(
                            expect(201, post(b, e01, path + "/photos", photo("image/png", PNG))));
            String sha = stored.getString("sha256");
            try (Stream<Path> files = Files.walk(dataDir.resolve("dual-prevention-photos"))) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().equals(sha)));
            }
            HttpResponse<byte[]> served = bytes(b, e01, path + "/photos/" + sha);
            assertEquals(200, served.statusCode());
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(PNG, served.body());
            assertEquals(404, bytes(b, e02, path + "/photos/" + sha).statusCode(), "E02's view");

            expect(200, act(b, e01, path, "{\"action\":\"verify\"}"));
            expect(200, act(b, e01, path, "{\"action\":\"close\"}"));
            JsonObject closed = detail(b, e01, path);
            assertEquals("closed", closed.getString("state"));
            assertEquals(6, closed.getJsonArray("events").size(), closed.encode());
            JsonObject after = get(b, regulator, BASE + "/statistics").getJsonObject("park");
            assertEquals(13, after.getInteger("total"));
            assertEquals(park.getInteger("rectified") + 1, after.getInteger("rectified"));

            // bad grade values: refused naming the rule, no risk point added
            int before = get(b, operator, BASE + "/risk-points").getJsonArray("riskPoints").size();
            String badLec =
                    expect(
                            400,
                            post(
                                    b,
                                    e01,
                                    BASE + "/risk-points",
                                    riskPoint(
                                            "LEC",
                                            "\"likelihood\":2,\"exposure\":6,\"consequence\":7")));
            assertTrue(badLec.contains("likelihood (L)") && badLec.contains("Graham"), badLec);
            String badLs =
                    expect(
                            400,
                            post(
                                    b,
                                    e01,
                                    BASE + "/risk-points",
                                    riskPoint("LS", "\"likelihood\":6,\"severity\":3")));
            assertTrue(badLs.contains("5 × 5"), badLs);
            assertEquals(
                    before,
                    get(b, operator, BASE + "/risk-points").getJsonArray("riskPoints").size());

            // sync: the same batch twice creates, then changes nothing; a bad row writes nothing
            String batch =
                    "{\"enterpriseId\":\"E01\",\"riskPoints\":[{\"externalId\":\"ERP-1\",\"name\":\"同步风险点\","
                            + "\"geometry\":"
                            + POINT
                            + ",\"method\":\"LS\",\"likelihood\":4,\"severity\":5,"
                            + "\"tasks\":[{\"content\":\"巡检\",\"frequency\":\"day\"}]}],"
                            + "\"hiddenDangers\":[{\"externalId\":\"EHD-1\",\"title\":\"同步隐患\","
                            + "\"geometry\":"
                            + POINT
                            + "}]}";
            JsonObject first = new JsonObject(expect(200, post(b, e01, BASE + "/sync", batch)));
            assertEquals(2, first.getInteger("created"));
            JsonObject second = new JsonObject(expect(200, post(b, e01, BASE + "/sync", batch)));
            assertEquals(0, second.getInteger("created"));
            assertEquals(2, second.getInteger("unchanged"));
            String changed = batch.replace("\"severity\":5", "\"severity\":3");
            assertEquals(
                    1,
                    new JsonObject(expect(200, post(b, e01, BASE + "/sync", changed)))
                            .getInteger("updated"));
            String badRow =
                    batch.replace("ERP-1", "ERP-2")
                            .replace("EHD-1\",\"title\":\"同步隐患\"", "EHD-2\",\"title\":\"\"");
            String refused = expect(400, post(b, e01, BASE + "/sync", badRow));
            assertTrue(refused.contains("hiddenDangers[0].title"), refused);
            JsonArray e01Points = get(b, e01, BASE + "/risk-points").getJsonArray("riskPoints");
            assertEquals(1, count(e01Points, "ERP-1"));
            assertEquals(0, count(e01Points, "ERP-2"), "the refused batch wrote nothing");
            JsonObject sp = find(e01Points, "ERP-1");
            assertEquals("yellow", sp.getString("grade"), "updated in place: 4 × 3 = 12");

            // tenancy: E02 sees only its own, cannot act on or file for E01
            JsonArray e02Dangers =
                    get(b, e02, BASE + "/hidden-dangers").getJsonArray("hiddenDangers");
            assertFalse(e02Dangers.isEmpty());
            e02Dangers.forEach(
                    d -> assertEquals("E02", ((JsonObject) d).getString("enterpriseId")));
            expect(404, send(b, e02, path, null));
            expect(404, act(b, e02, path, "{\"action\":\"assess\",\"level\":\"general\"}"));
            expect(
                    403,
                    post(
                            b,
                            e02,
                            BASE + "/hidden-dangers",
                            "{\"enterpriseId\":\"E01\",\"title\":\"x\",\"geometry\":"
                                    + POINT
                                    + "}"));
            expect(403, post(b, e02, BASE + "/sync", batch));
            expect(403, post(b, regulator, BASE + "/sync", batch));
            JsonObject e02Stats = get(b, e02, BASE + "/statistics");
            assertEquals(1, e02Stats.getJsonArray("enterprises").size());
            JsonArray layer = get(b, e02, BASE + "/map").getJsonArray("features");
            layer.forEach(
                    f ->
                            assertEquals(
                                    "E02",
                                    ((JsonObject) f)
                                            .getJsonObject("properties")
                                            .getString("enterpriseId")));
        }
    }

    private static int count(JsonArray points, String externalId) {
        int n = 0;
        for (Object o : points)
            if (externalId.equals(((JsonObject) o).getString("externalId"))) n++;
        return n;
    }

    private static JsonObject find(JsonArray points, String externalId) {
        for (Object o : points)
            if (externalId.equals(((JsonObject) o).getString("externalId"))) return (JsonObject) o;
        throw new AssertionError("no " + externalId);
    }

    private static String riskPoint(String method, String factors) {
        return "{\"name\":\"新风险点\",\"geometry\":"
                + POINT
                + ",\"method\":\""
                + method
                + "\","
                + factors
                + "}";
    }

    private static String photo(String type, byte[] bytes) {
        return new JsonObject()
                .put("type", type)
                .put("base64", Base64.getEncoder().encodeToString(bytes))
                .encode();
    }

    private static String activeAlarms(TestBackend b) throws Exception {
        return b.get("/api/alarms").body();
    }

    private static JsonObject detail(TestBackend b, String token, String path) throws Exception {
        return get(b, token, path);
    }

    private static String expect(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        return r.body();
    }

    private static HttpResponse<String> act(TestBackend b, String token, String path, String body)
            throws Exception {
        return post(b, token, path + "/actions", body);
    }

    private static JsonObject get(TestBackend b, String token, String path) throws Exception {
        HttpResponse<String> r = send(b, token, path, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return new JsonObject(r.body());
    }

    private static HttpResponse<String> post(TestBackend b, String token, String path, String body)
            throws Exception {
        return send(b, token, path, body);
    }

    private static HttpResponse<String> send(TestBackend b, String token, String path, String body)
            throws Exception {
        HttpRequest.Builder req =
                HttpRequest.newBuilder(b.uri(path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(20));
        if (body == null) req.GET();
        else
            req.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return TestHttp.CLIENT.send(
                req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> bytes(TestBackend b, String token, String path)
            throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(b.uri(path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
