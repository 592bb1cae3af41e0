package org.parkwatch.backend.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The gate through the whole backend on the demo park (E01 handles chlorine in its tanks):
 * documents and waybills stored, each bad document case refused with its reason in both languages
 * and stored in the gate's log, an enterprise filing waybills only for itself, bad bodies answered
 * with the field.
 */
class GateRoutesTest {
    private static final String CHLORINE = "7782-50-5";

    @Test
    void gateAllowsAGoodTruckAndRefusesEachBadDocumentWithItsReason(@TempDir Path dir)
            throws Exception {
        try (TestBackend b =
                TestBackend.startAll(TestBackend.config(dir, Map.of()), ParkCatalog.loadDemo())) {
            long now = System.currentTimeMillis();
            ok(b, "/api/logistics/vehicle-docs", vehicle("豫A10001", "2099-12-31"));
            ok(b, "/api/logistics/vehicle-docs", vehicle("豫A10002", "2020-01-01"));
            ok(
                    b,
                    "/api/logistics/drivers",
                    new JsonObject()
                            .put("id", "D1")
                            .put("name", "王师傅")
                            .put("qualificationValidUntil", "2099-12-31"));
            assertEquals(
                    201,
                    post(
                                    b,
                                    "/api/logistics/waybills",
                                    waybill("W1", "豫A10001", "E01", CHLORINE, now))
                            .statusCode());
            assertEquals(
                    409,
                    post(
                                    b,
                                    "/api/logistics/waybills",
                                    waybill("W1", "豫A10001", "E01", CHLORINE, now))
                            .statusCode());
            post(b, "/api/logistics/waybills", waybill("W2", "豫A10002", "E01", CHLORINE, now));
            post(b, "/api/logistics/waybills", waybill("W3", "豫A10003", "E02", CHLORINE, now));

            JsonObject good = check(b, "豫A10001", "D1");
            assertTrue(good.getBoolean("allowed"), good.encode());
            assertEquals("W1", good.getJsonObject("waybill").getString("id"));

            JsonObject expired = check(b, "豫A10002", "D1");
            assertFalse(expired.getBoolean("allowed"));
            JsonObject f = expired.getJsonArray("findings").getJsonObject(0);
            assertEquals("VEHICLE_PERMIT_EXPIRED", f.getString("code"));
            assertEquals("车辆 豫A10002 道路运输证已于 2020-01-01 过期", f.getString("textZh"));

            JsonObject unknown = check(b, "豫A10003", "D9");
            JsonArray codes = new JsonArray();
            unknown.getJsonArray("findings")
                    .forEach(o -> codes.add(((JsonObject) o).getString("code")));
            assertEquals(
                    new JsonArray()
                            .add("UNKNOWN_VEHICLE")
                            .add("UNKNOWN_DRIVER")
                            .add("DRIVER_NOT_ON_WAYBILL")
                            .add("CHEMICAL_NOT_HANDLED"),
                    codes,
                    "E02 holds no chlorine in its tanks");

            JsonArray log =
                    new JsonObject(b.get("/api/logistics/gate/decisions").body())
                            .getJsonArray("decisions");
            assertEquals(3, log.size());
            assertEquals("豫A10003", log.getJsonObject(0).getString("plate"), "newest first");

            HttpResponse<String> badCas =
                    post(
                            b,
                            "/api/logistics/waybills",
                            waybill("W4", "豫A10001", "E01", "chlorine", now));
            assertEquals(400, badCas.statusCode());
            assertTrue(badCas.body().contains("cas 'chlorine'"), badCas.body());
            HttpResponse<String> badDate =
                    post(b, "/api/logistics/vehicle-docs", vehicle("豫A10009", "31.12.2099"));
            assertEquals(400, badDate.statusCode());
            assertTrue(badDate.body().contains("permitValidUntil"), badDate.body());

            String e02 = TestAuth.token(b.backend, Role.ENTERPRISE, "E02");
            assertEquals(
                    403,
                    send(
                                    b,
                                    e02,
                                    "/api/logistics/waybills",
                                    waybill("W5", "豫A10001", "E01", CHLORINE, now))
                            .statusCode(),
                    "an enterprise files waybills for its own trips only");
            assertEquals(
                    403,
                    send(b, e02, "/api/logistics/gate/check", new JsonObject().put("gate", "G1"))
                            .statusCode(),
                    "the gate is the park's");
        }
    }

    private static JsonObject vehicle(String plate, String permit) {
        return new JsonObject()
                .put("plate", plate)
                .put("carrier", "豫北危货运输有限公司")
                .put("tankType", "压力罐")
                .put("capacityT", 20)
                .put("permitValidUntil", permit);
    }

    private static JsonObject waybill(
            String id, String plate, String enterprise, String cas, long now) {
        return new JsonObject()
                .put("id", id)
                .put("plate", plate)
                .put("driverId", "D1")
                .put("cas", cas)
                .put("unNumber", "UN1017")
                .put("chemicalZh", "液氯")
                .put("quantityT", 18)
                .put("enterpriseId", enterprise)
                .put("direction", "LOAD")
                .put("slotFromMs", now - 3_600_000)
                .put("slotToMs", now + 3_600_000);
    }

    private static JsonObject check(TestBackend b, String plate, String driver) throws Exception {
        HttpResponse<String> r =
                post(
                        b,
                        "/api/logistics/gate/check",
                        new JsonObject()
                                .put("gate", "北门")
                                .put("plate", plate)
                                .put("driverId", driver));
        assertEquals(200, r.statusCode(), r.body());
        return new JsonObject(r.body());
    }

    private static void ok(TestBackend b, String path, JsonObject body) throws Exception {
        HttpResponse<String> r = post(b, path, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static HttpResponse<String> post(TestBackend b, String path, JsonObject body)
            throws Exception {
        return b.post(path, "application/json", body.encode());
    }

    private static HttpResponse<String> send(
            TestBackend b, String token, String path, JsonObject body) throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(b.uri(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
