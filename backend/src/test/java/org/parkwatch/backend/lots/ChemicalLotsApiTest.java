package org.parkwatch.backend.lots;

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
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
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
 * The lot ledger through the real backend on H2GIS with the demo ledger: enterprises file their own
 * lots, bad input is refused with its reason and nothing is written, the park sees the demo's
 * balance gap, the lots supplement the hazard inventory, and an edit or deletion made directly in
 * the database is found by the chain check.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChemicalLotsApiTest {
    @TempDir static Path dir;
    private static ParkWatchApp backend;
    private static String e01;
    private static String e07;
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
        e07 = TestAuth.token(backend, Role.ENTERPRISE, "E07");
        operator = TestAuth.token(backend, Role.OPERATOR, null);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void anEnterpriseFilesItsOwnLotAndBadInputIsRefusedWithItsReason() throws Exception {
        String receipt =
                "{\"labelId\":\"CL-E01-T-1\",\"enterpriseId\":\"E01\",\"cas\":\"7782-50-5\","
                        + "\"quantityKg\":1000,\"locationId\":\"E01-U200\",\"counterparty\":\"filling\"}";
        assertEquals(201, post(e01, "/api/chemical-lots", receipt).statusCode());
        assertEquals(409, post(e01, "/api/chemical-lots", receipt).statusCode(), "label in use");
        HttpResponse<String> use =
                post(
                        e01,
                        "/api/chemical-lots/CL-E01-T-1/events",
                        "{\"kind\":\"use\",\"quantityKg\":400}");
        assertEquals(201, use.statusCode(), use.body());
        assertEquals(
                2, new JsonObject(use.body()).getLong("seq") - seqOf(e01, "CL-E01-T-1", 0) + 1);

        // refusals, each with a reason naming what is wrong
        expect(
                400,
                "not a highly toxic",
                e01,
                "/api/chemical-lots",
                receipt.replace("CL-E01-T-1", "M-1").replace("7782-50-5", "67-56-1"));
        expect(
                400,
                "quantityKg",
                e01,
                "/api/chemical-lots",
                receipt.replace("CL-E01-T-1", "N-1").replace("1000", "-5"));
        expect(
                400,
                "locationId",
                e01,
                "/api/chemical-lots",
                receipt.replace("CL-E01-T-1", "N-2").replace("E01-U200", "E07-U100"));
        expect(
                403,
                "own",
                e01,
                "/api/chemical-lots",
                receipt.replace("CL-E01-T-1", "N-3")
                        .replace("\"E01\"", "\"E07\"")
                        .replace("E01-U200", "E07-U100"));
        expect(
                404,
                "no lot",
                e01,
                "/api/chemical-lots/NOPE-1/events",
                "{\"kind\":\"use\",\"quantityKg\":1}");
        expect(
                404,
                "no lot",
                e01,
                "/api/chemical-lots/CL-E07-2026-0001/events",
                "{\"kind\":\"use\",\"quantityKg\":1}");
        expect(
                409,
                "negative",
                e01,
                "/api/chemical-lots/CL-E01-T-1/events",
                "{\"kind\":\"use\",\"quantityKg\":601}");
        expect(
                400,
                "quantityKg",
                e01,
                "/api/chemical-lots/CL-E01-T-1/events",
                "{\"kind\":\"disposal\",\"quantityKg\":-1}");
        expect(
                400,
                "kind",
                e01,
                "/api/chemical-lots/CL-E01-T-1/events",
                "{\"kind\":\"steal\",\"quantityKg\":1}");
        expect(
                400,
                "consignee",
                e01,
                "/api/chemical-lots/CL-E01-T-1/events",
                "{\"kind\":\"dispatch\",\"quantityKg\":1}");
        // nothing of the refused requests was written
        JsonObject lot = lotOf(e01, "CL-E01-T-1");
        assertEquals(600.0, lot.getDouble("stockKg"));
        assertEquals(2, events(e01, "CL-E01-T-1").size());
        assertFalse(get(operator, "/api/chemical-lots").body().contains("\"M-1\""));
        // E01 sees its own lots only; the operator sees E07's too
        String own = get(e01, "/api/chemical-lots").body();
        assertTrue(own.contains("CL-E01-2026-0001") && !own.contains("CL-E07-2026-0001"), own);
        assertTrue(get(operator, "/api/chemical-lots").body().contains("CL-E07-2026-0001"));
        assertEquals(404, get(e01, "/api/chemical-lots/CL-E07-2026-0001/events").statusCode());
    }

    @Test
    @Order(2)
    void theDemoStocktakeGapIsFlaggedAndLotsSupplementTheHazardInventory() throws Exception {
        JsonArray balances =
                new JsonObject(get(operator, "/api/chemical-lots/balance").body())
                        .getJsonArray("balances");
        JsonObject e02 = balance(balances, "E02");
        assertTrue(e02.getBoolean("discrepancy"), e02.encode());
        JsonObject gap = e02.getJsonArray("discrepancies").getJsonObject(0);
        assertEquals("DECLARED_COUNT_DIFFERS", gap.getString("kind"));
        assertEquals(480.0, gap.getDouble("expectedKg"));
        assertEquals(470.0, gap.getDouble("foundKg"));
        assertFalse(balance(balances, "E07").getBoolean("discrepancy"));
        // E07's chlorine cylinders (450 kg) at its phosgenation unit, which has no level
        JsonArray supplementary =
                new JsonObject(get(operator, "/api/hazards/E07-U100").body())
                        .getJsonArray("supplementaryInventory");
        JsonObject cyl = supplementary.getJsonObject(0);
        assertEquals("chemical-lots", cyl.getString("source"));
        assertEquals("CL-E07-2026-0001", cyl.getString("itemId"));
        assertEquals(0.45, cyl.getDouble("quantityT"), 1e-9);
        assertTrue(cyl.getBoolean("counted"));
    }

    @Test
    @Order(3)
    void anEditOrADeletionInTheDatabaseIsFoundByTheChainCheck() throws Exception {
        JsonObject before = new JsonObject(get(e07, "/api/chemical-lots/verify").body());
        assertTrue(before.getBoolean("ok"), before.encode());
        // E07's first use (seq 3: receipt, transfer, use) edited behind the ledger's back
        sql("UPDATE chem_lot_event SET quantity_kg = 200 WHERE enterprise_id = 'E07' AND seq = 3");
        JsonObject after = new JsonObject(get(operator, "/api/chemical-lots/verify").body());
        assertFalse(after.getBoolean("ok"));
        JsonObject e07chain = chain(after, "E07");
        assertFalse(e07chain.getBoolean("ok"));
        assertEquals(3L, e07chain.getLong("firstBadSeq"));
        assertFalse(e07chain.getBoolean("truncated"));
        assertTrue(chain(after, "E01").getBoolean("ok"), "other chains are intact");
        // the edit also opens a gap against E07's stocktake (computed 550, declared 450)
        JsonObject e07balance =
                balance(
                        new JsonObject(get(operator, "/api/chemical-lots/balance").body())
                                .getJsonArray("balances"),
                        "E07");
        assertTrue(e07balance.getBoolean("discrepancy"), e07balance.encode());
        // deleting E02's newest row is a truncation against the head
        sql("DELETE FROM chem_lot_event WHERE enterprise_id = 'E02' AND seq = 3");
        JsonObject e02chain =
                chain(new JsonObject(get(operator, "/api/chemical-lots/verify").body()), "E02");
        assertFalse(e02chain.getBoolean("ok"));
        assertTrue(e02chain.getBoolean("truncated"));
        assertEquals(3L, e02chain.getLong("firstBadSeq"));
        // an enterprise checks its own chain only
        assertEquals(
                1,
                new JsonObject(get(e07, "/api/chemical-lots/verify").body())
                        .getJsonArray("chains")
                        .size());
    }

    private static JsonObject chain(JsonObject verify, String enterpriseId) {
        for (Object o : verify.getJsonArray("chains")) {
            if (enterpriseId.equals(((JsonObject) o).getString("enterpriseId")))
                return (JsonObject) o;
        }
        throw new AssertionError("no chain of " + enterpriseId + ": " + verify.encode());
    }

    private static JsonObject balance(JsonArray balances, String enterpriseId) {
        for (Object o : balances) {
            if (enterpriseId.equals(((JsonObject) o).getString("enterpriseId")))
                return (JsonObject) o;
        }
        throw new AssertionError("no balance of " + enterpriseId + ": " + balances.encode());
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = backend.store().database().connection();
                Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate(statement), statement);
        }
    }

    private static void expect(int status, String reason, String token, String path, String body)
            throws Exception {
        HttpResponse<String> r = post(token, path, body);
        assertEquals(status, r.statusCode(), path + " " + body + ": " + r.body());
        assertTrue(new JsonObject(r.body()).getString("error").contains(reason), r.body());
    }

    private static JsonObject lotOf(String token, String label) throws Exception {
        for (Object o :
                new JsonObject(get(token, "/api/chemical-lots").body()).getJsonArray("lots")) {
            if (label.equals(((JsonObject) o).getString("labelId"))) return (JsonObject) o;
        }
        throw new AssertionError("no lot " + label);
    }

    private static JsonArray events(String token, String label) throws Exception {
        return new JsonObject(get(token, "/api/chemical-lots/" + label + "/events").body())
                .getJsonArray("events");
    }

    private static long seqOf(String token, String label, int index) throws Exception {
        return events(token, label).getJsonObject(index).getLong("seq");
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
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
