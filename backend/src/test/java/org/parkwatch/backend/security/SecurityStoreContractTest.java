package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Users and the audit log in a real database (migrations V11, V12): the first administrator is
 * created once and survives a restart, the chain continues across restarts, and a row changed by
 * SQL is named by the verification. Run on H2GIS and on PostGIS by the subclasses.
 */
abstract class SecurityStoreContractTest {
    private static final SecurityConfig CONFIG =
            new SecurityConfig(
                    "PW_TEST_ADMIN",
                    5,
                    900_000,
                    20,
                    1_800_000,
                    43_200_000,
                    43_200_000,
                    "PW_TEST_METRICS");

    @TempDir Path dir;

    /** Configuration keys of a fresh, empty database. */
    protected abstract Map<String, String> database() throws SQLException;

    private Database open(Map<String, String> keys) {
        return Database.open(DatabaseOptions.from(keys, dir));
    }

    @Test
    void firstAdministratorIsCreatedOnceAndTheChainContinuesAcrossRestarts() throws Exception {
        Map<String, String> keys = database();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Database db = open(keys);
                Security s =
                        Security.open(
                                CONFIG,
                                db,
                                ParkCatalog.loadDemo(),
                                n -> null,
                                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String out = printed.toString(StandardCharsets.UTF_8);
            assertTrue(out.contains("password: "), out);
            String password =
                    out.substring(out.indexOf("password: ") + 10)
                            .lines()
                            .findFirst()
                            .orElseThrow()
                            .strip();
            assertEquals(
                    UserService.Outcome.OK,
                    s.users().authenticate("admin", "10.0.0.7", password.toCharArray()).outcome());
            User stored = s.users().find("admin").orElseThrow();
            assertTrue(
                    stored.passwordHash().startsWith("pbkdf2-sha256$600000$"),
                    "hash, never the password");
            s.users().create("ent-user", Role.ENTERPRISE, "E03", "企业 三", "enterprise-pass-1");
            s.audit().record(event("login.ok", "admin"));
            s.audit().record(event("POST /api/users", "admin"));
            s.audit().flush();
        }
        printed.reset();
        try (Database db = open(keys);
                Security s =
                        Security.open(
                                CONFIG,
                                db,
                                ParkCatalog.loadDemo(),
                                n ->
                                        n.equals("PW_TEST_ADMIN")
                                                ? "ignored-because-users-exist"
                                                : null,
                                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            assertEquals(
                    "",
                    printed.toString(StandardCharsets.UTF_8),
                    "nothing created, nothing printed");
            User ent = s.users().find("ent-user").orElseThrow();
            assertEquals("E03", ent.enterpriseId());
            assertEquals("企业 三", ent.displayName());
            s.audit().record(event("logout", "admin"));
            AuditChain.Verifier v = s.audit().verify();
            assertTrue(v.ok());
            assertEquals(3, v.records());
        }
    }

    @Test
    void aRowChangedBySqlIsNamedAndLockOutIsStored() throws Exception {
        Map<String, String> keys = database();
        try (Database db = open(keys);
                Security s =
                        Security.open(
                                CONFIG,
                                db,
                                ParkCatalog.loadDemo(),
                                n -> n.equals("PW_TEST_ADMIN") ? "given-admin-password" : null,
                                new PrintStream(new ByteArrayOutputStream(), true))) {
            for (int i = 0; i < 4; i++)
                s.audit().record(event("POST /api/alarms/:id/ack", "op" + i));
            s.audit().flush();
            assertTrue(s.audit().verify().ok());
            db.withConnection(
                    c -> {
                        try (PreparedStatement ps =
                                c.prepareStatement(
                                        "UPDATE audit_log SET detail = ? WHERE seq = 3")) {
                            ps.setString(1, new JsonObject().put("status", 500).encode());
                            return ps.executeUpdate();
                        }
                    });
            AuditChain.Verifier v = s.audit().verify();
            assertFalse(v.ok());
            assertEquals(3L, v.firstBadSeq());

            for (int i = 0; i < 5; i++)
                s.users().authenticate("admin", "10.0.0.9", "wrong-password!".toCharArray());
            assertEquals(5, s.users().find("admin").orElseThrow().failedCount(), "failures stored");
            assertEquals(
                    UserService.Outcome.LOCKED,
                    s.users()
                            .authenticate("admin", "10.0.0.9", "given-admin-password".toCharArray())
                            .outcome());
            assertEquals(
                    UserService.Outcome.OK,
                    s.users()
                            .authenticate("admin", "10.0.0.7", "given-admin-password".toCharArray())
                            .outcome(),
                    "the lock-out holds the (account, address) pair, not the account");
            // a second administrator first: the last active one cannot be locked (nobody could
            // manage users)
            s.users()
                    .create(
                            "admin2",
                            Role.ADMIN,
                            null,
                            "Second administrator",
                            "second-admin-passphrase");
            s.users().lock("admin");
            assertTrue(
                    s.users().find("admin").orElseThrow().lockedAt(System.currentTimeMillis()),
                    "an administrator's lock is in the database");
            assertEquals(
                    UserService.Outcome.LOCKED,
                    s.users()
                            .authenticate("admin", "10.0.0.7", "given-admin-password".toCharArray())
                            .outcome());
            assertNull(
                    s.users().bootstrapAdmin("another-password"),
                    "users exist: no second bootstrap");
        }
    }

    @Test
    void deletingTheNewestAuditRowsIsDetectedAcrossARestart() throws Exception {
        // issue 19 D10: deleting the newest rows left GET /api/audit/verify ok
        Map<String, String> keys = database();
        try (Database db = open(keys);
                Security s =
                        Security.open(
                                CONFIG,
                                db,
                                ParkCatalog.loadDemo(),
                                n -> n.equals("PW_TEST_ADMIN") ? "given-admin-password" : null,
                                new PrintStream(new ByteArrayOutputStream(), true))) {
            for (int i = 0; i < 5; i++) s.audit().record(event("POST /api/permits", "op" + i));
            AuditChain.Verifier before = s.audit().verify();
            assertTrue(before.ok());
            assertEquals(5, before.records());
            db.withConnection(
                    c -> {
                        try (PreparedStatement ps =
                                c.prepareStatement("DELETE FROM audit_log WHERE seq >= 4")) {
                            return ps.executeUpdate();
                        }
                    });
            AuditChain.Verifier v = s.audit().verify();
            assertFalse(v.ok());
            assertTrue(v.truncated());
            assertEquals(4L, v.firstBadSeq());
        }
        try (Database db = open(keys);
                Security s =
                        Security.open(
                                CONFIG,
                                db,
                                ParkCatalog.loadDemo(),
                                n -> null,
                                new PrintStream(new ByteArrayOutputStream(), true))) {
            s.audit().record(event("login.ok", "admin"));
            AuditChain.Verifier v = s.audit().verify();
            assertFalse(v.ok(), "a new record after a restart does not hide the gap");
            assertEquals(4L, v.firstBadSeq());
        }
    }

    private static AuditEvent event(String action, String user) {
        return new AuditEvent(
                System.currentTimeMillis(),
                user,
                "admin",
                "127.0.0.1",
                action,
                "/api/x",
                new JsonObject().put("status", 200));
    }
}
