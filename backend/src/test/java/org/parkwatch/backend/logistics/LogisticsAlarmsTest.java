package org.parkwatch.backend.logistics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Logistics alarms through the ISA-18.2 machinery on the demo park: a loading without the five
 * pre-loading checks raises the enterprise's {@code LOADING_UNCHECKED} alarm (an incomplete check
 * names what is missing, a complete one passes); a truck parked in the hazmat lot longer than the
 * limit raises the lot's {@code OVERSTAY} alarm and shows on the lot.
 */
class LogisticsAlarmsTest {
    private static final String LOT = "PARK-HAZPARK";

    @Test
    void loadingWithoutTheFiveChecksIsAnAlarm(@TempDir Path dir) throws Exception {
        try (TestBackend b =
                TestBackend.startAll(TestBackend.config(dir, Map.of()), ParkCatalog.loadDemo())) {
            JsonObject none = post(b, "/api/logistics/loading-events", loading("豫A30001"), 200);
            assertFalse(none.getBoolean("checked"));
            assertEquals(5, none.getJsonArray("missing").size());
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> activeAlarms(b).contains("E01.LOADING_UNCHECKED"));

            post(b, "/api/logistics/loading-checks", check("豫A30002", false), 201);
            JsonObject partial = post(b, "/api/logistics/loading-events", loading("豫A30002"), 200);
            assertEquals(new JsonArray().add("tank"), partial.getJsonArray("missing"));

            post(b, "/api/logistics/loading-checks", check("豫A30003", true), 201);
            JsonObject ok = post(b, "/api/logistics/loading-events", loading("豫A30003"), 200);
            assertTrue(ok.getBoolean("checked"), ok.encode());

            JsonObject noTank = check("豫A30004", true);
            noTank.getJsonObject("checks").remove("tank");
            HttpResponse<String> bad =
                    b.post("/api/logistics/loading-checks", "application/json", noTank.encode());
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("checks.tank"), bad.body());
            HttpResponse<String> unknown =
                    b.post(
                            "/api/logistics/loading-events",
                            "application/json",
                            loading("豫A30001").put("enterpriseId", "E99").encode());
            assertEquals(400, unknown.statusCode());
            String e02 = TestAuth.token(b.backend, Role.ENTERPRISE, "E02");
            HttpResponse<String> foreign =
                    TestHttp.CLIENT.send(
                            HttpRequest.newBuilder(b.uri("/api/logistics/loading-checks"))
                                    .header("Authorization", "Bearer " + e02)
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    check("豫A30005", true).encode()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(403, foreign.statusCode(), "E02 records its own loadings only");
            JsonArray listed = b.getObject("/api/logistics/loading-checks").getJsonArray("checks");
            assertEquals(2, listed.size(), "nothing half-written: " + listed);
        }
    }

    @Test
    void aTruckParkedTooLongRaisesTheLotsOverstayAlarm(@TempDir Path dir) throws Exception {
        try (TestBackend b =
                TestBackend.startAll(TestBackend.config(dir, Map.of()), ParkCatalog.loadDemo())) {
            LogisticsCapability logistics = b.capabilities().logistics();
            JsonObject empty =
                    b.getObject("/api/logistics/parking").getJsonArray("lots").getJsonObject(0);
            assertEquals(LOT, empty.getString("id"));
            assertEquals(120, empty.getInteger("spaces"), "gis-data park-facilities");
            assertEquals(0, empty.getInteger("occupied"));

            long now = System.currentTimeMillis();
            TerminalRecord longStay =
                    new TerminalRecord("13800000001", "豫A40001", "豫北危运", List.of("E01"), null, 0);
            TerminalRecord shortStay =
                    new TerminalRecord("13800000002", "豫A40002", "豫北危运", List.of("E02"), null, 0);
            // inside the lot (park-facilities PARK-HAZPARK): 5 h and 10 min ago
            logistics
                    .fleet()
                    .apply(longStay, List.of(fix(113.937, 35.2425, now - 5 * 3_600_000L)), now);
            logistics.fleet().apply(shortStay, List.of(fix(113.938, 35.2420, now - 600_000L)), now);
            logistics.watchParking();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> activeAlarms(b).contains(LOT + ".OVERSTAY"));
            JsonObject lot =
                    b.getObject("/api/logistics/parking").getJsonArray("lots").getJsonObject(0);
            assertEquals(2, lot.getInteger("occupied"));
            assertTrue(lot.getBoolean("overstay"));
            JsonObject first = lot.getJsonArray("trucks").getJsonObject(0);
            assertEquals("豫A40001", first.getString("plate"));
            assertTrue(first.getBoolean("overstay"));
            assertEquals(300, first.getLong("dwellMin"), 1);
            assertFalse(lot.getJsonArray("trucks").getJsonObject(1).getBoolean("overstay"));
        }
    }

    private static String activeAlarms(TestBackend b) throws Exception {
        return b.get("/api/alarms").body();
    }

    private static LocationReport fix(double lon, double lat, long tsMs) {
        return new LocationReport(
                0,
                1L << LocationReport.STATUS_POSITIONED,
                lat,
                lon,
                80,
                0,
                0,
                Instant.ofEpochMilli(tsMs),
                Map.of());
    }

    private static JsonObject loading(String plate) {
        return new JsonObject().put("enterpriseId", "E01").put("plate", plate);
    }

    private static JsonObject check(String plate, boolean tankOk) {
        return new JsonObject()
                .put("enterpriseId", "E01")
                .put("plate", plate)
                .put(
                        "checks",
                        new JsonObject()
                                .put("vehicle", true)
                                .put("driver", true)
                                .put("documents", true)
                                .put("tank", tankOk)
                                .put("waybill", true));
    }

    private static JsonObject post(TestBackend b, String path, JsonObject body, int status)
            throws Exception {
        HttpResponse<String> r = b.post(path, "application/json", body.encode());
        assertEquals(status, r.statusCode(), r.body());
        return new JsonObject(r.body());
    }
}
