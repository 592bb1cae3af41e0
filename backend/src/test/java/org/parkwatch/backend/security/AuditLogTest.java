package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The audit log in the embedded H2GIS database: logins, failed logins, writes and exports are
 * recorded with user and source; the chain verifies, and a row changed behind the application's
 * back is named by the verification.
 */
class AuditLogTest {
    @TempDir static Path dir;
    private static ParkWatchApp backend;

    @BeforeAll
    static void start() throws Exception {
        backend =
                new ParkWatchApp(
                        TestBackend.config(dir, Map.of("db.enabled", "true")),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        backend.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static Calls admin() throws Exception {
        return new Calls(backend.ports().http()).bearer(TestAuth.adminToken(backend));
    }

    @Test
    void loginsWritesAndExportsAreRecordedWithUserAndSource() throws Exception {
        Calls anon = new Calls(backend.ports().http());
        assertEquals(
                401,
                anon.post("/api/auth/login", Calls.login("mallory", "not-the-password"))
                        .statusCode());
        HttpResponse<String> created =
                admin().post(
                                "/api/users",
                                new JsonObject()
                                        .put("username", "audited-op")
                                        .put("role", "operator")
                                        .put("password", "audited-password-1"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, admin().get("/api/export/hazards.csv").statusCode());

        JsonArray failed = records("?action=login.failed&user=mallory");
        assertEquals(1, failed.size(), failed.encode());
        assertEquals("127.0.0.1", failed.getJsonObject(0).getString("source"));
        assertEquals(
                "unknown user",
                failed.getJsonObject(0).getJsonObject("detail").getString("reason"));

        String adminName = TestAuth.username(Role.ADMIN, null);
        assertEquals(1, records("?action=token.issued&user=" + adminName).size());
        JsonObject write = records("?action=POST%20/api/users").getJsonObject(0);
        assertEquals(adminName, write.getString("username"));
        assertEquals("admin", write.getString("role"));
        assertEquals(201, write.getJsonObject("detail").getInteger("status"));
        JsonObject body = write.getJsonObject("detail").getJsonObject("body");
        assertEquals("audited-op", body.getString("username"));
        assertEquals(Redaction.MASK, body.getString("password"), "secrets are redacted");
        assertFalse(write.encode().contains("audited-password-1"));
        JsonObject export = records("?action=GET%20/api/export/hazards.csv").getJsonObject(0);
        assertEquals(200, export.getJsonObject("detail").getInteger("status"));
    }

    @Test
    void theChainVerifiesAndATamperedRowIsNamed() throws Exception {
        assertEquals(
                401,
                new Calls(backend.ports().http())
                        .post("/api/auth/login", Calls.login("eve", "not-the-password"))
                        .statusCode());
        admin().get("/api/audit"); // the admin's token issue is recorded too
        JsonObject ok = new JsonObject(admin().get("/api/audit/verify").body());
        assertTrue(ok.getBoolean("ok"), ok.encode());
        assertTrue(ok.getLong("records") >= 2, ok.encode());
        assertEquals(null, ok.getValue("firstBadSeq"));

        JsonObject eve = records("?action=login.failed&user=eve").getJsonObject(0);
        long seq = eve.getLong("seq");
        backend.store()
                .database()
                .withConnection(
                        c -> {
                            try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "UPDATE audit_log SET username = ? WHERE seq = ?")) {
                                ps.setString(1, "someone-else");
                                ps.setLong(2, seq);
                                return ps.executeUpdate();
                            }
                        });
        JsonObject bad = new JsonObject(admin().get("/api/audit/verify").body());
        assertFalse(bad.getBoolean("ok"), bad.encode());
        assertEquals(seq, bad.getLong("firstBadSeq"));
        // put it back so the other test's view of the log stays whole
        backend.store()
                .database()
                .withConnection(
                        c -> {
                            try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "UPDATE audit_log SET username = ? WHERE seq = ?")) {
                                ps.setString(1, "eve");
                                ps.setLong(2, seq);
                                return ps.executeUpdate();
                            }
                        });
        assertTrue(new JsonObject(admin().get("/api/audit/verify").body()).getBoolean("ok"));
    }

    @Test
    void badAuditFiltersAreRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> r = admin().get("/api/audit?from=yesterday");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("from must be epoch milliseconds"), r.body());
        assertNotNull(
                new JsonObject(admin().get("/api/audit?limit=5").body()).getJsonArray("records"));
    }

    private static JsonArray records(String query) throws Exception {
        HttpResponse<String> r = admin().get("/api/audit" + query);
        assertEquals(200, r.statusCode(), r.body());
        return new JsonObject(r.body()).getJsonArray("records");
    }
}
