package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;

/**
 * User administration as the browser does it (issue 18): an administrator creates a user, changes
 * its role and enterprise, resets its password; a password an administrator set must be replaced at
 * the next login (until then every other route answers 403); the last administrator can be neither
 * demoted nor disabled; every change is audited.
 */
class UserAdministrationTest {
    @TempDir static Path dir;
    private static TestBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend = TestBackend.start(dir.resolve("a"), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    private static Calls calls() {
        return new Calls(backend.ports.http());
    }

    private static JsonObject body(HttpResponse<String> r) {
        return new JsonObject(r.body());
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedBeforeAnythingElse() throws Exception {
        String admin = backend.adminToken();
        HttpResponse<String> created =
                calls().bearer(admin)
                        .post(
                                "/api/users",
                                new JsonObject()
                                        .put("username", "new-operator")
                                        .put("role", "operator")
                                        .put("password", "given-by-admin-1"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(body(created).getBoolean("mustChangePassword"));

        HttpResponse<String> login =
                calls().post("/api/auth/login", Calls.login("new-operator", "given-by-admin-1"));
        assertEquals(200, login.statusCode(), login.body());
        JsonObject me = body(login);
        assertTrue(me.getBoolean("mustChangePassword"));
        Calls session = calls().cookie(cookie(login)).csrf(me.getString("csrfToken"));
        HttpResponse<String> blocked = session.get("/api/tags");
        assertEquals(403, blocked.statusCode());
        assertEquals(RouteGuard.PASSWORD_CHANGE_REQUIRED, body(blocked).getString("error"));
        assertEquals(
                200, session.get("/api/auth/me").statusCode(), "the session itself still answers");

        HttpResponse<String> same =
                session.post(
                        "/api/auth/password",
                        new JsonObject()
                                .put("currentPassword", "given-by-admin-1")
                                .put("newPassword", "given-by-admin-1"));
        assertEquals(400, same.statusCode());
        assertTrue(body(same).getString("error").contains("must differ"), same.body());
        HttpResponse<String> shortOne =
                session.post(
                        "/api/auth/password",
                        new JsonObject()
                                .put("currentPassword", "given-by-admin-1")
                                .put("newPassword", "short-1"));
        assertEquals(400, shortOne.statusCode());
        assertTrue(
                body(shortOne).getString("error").contains("at least 12 characters"),
                shortOne.body());

        HttpResponse<String> changed =
                session.post(
                        "/api/auth/password",
                        new JsonObject()
                                .put("currentPassword", "given-by-admin-1")
                                .put("newPassword", "my-own-choice-77"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertFalse(body(changed).getBoolean("mustChangePassword"));
        assertEquals(
                200,
                calls().cookie(cookie(changed)).get("/api/tags").statusCode(),
                "the fresh session works");

        // an administrator's reset forces the change again
        assertEquals(
                200,
                calls().bearer(admin)
                        .post(
                                "/api/users/new-operator/password",
                                new JsonObject().put("password", "reset-by-admin-22"))
                        .statusCode());
        HttpResponse<String> token =
                calls().post("/api/auth/token", Calls.login("new-operator", "reset-by-admin-22"));
        assertTrue(body(token).getBoolean("mustChangePassword"));
        assertEquals(
                403, calls().bearer(body(token).getString("token")).get("/api/tags").statusCode());
    }

    @Test
    void roleAndEnterpriseChangeEndsTheSessionsAndIsAudited() throws Exception {
        String admin = backend.adminToken();
        assertEquals(
                201,
                calls().bearer(admin)
                        .post(
                                "/api/users",
                                new JsonObject()
                                        .put("username", "mover")
                                        .put("role", "regulator")
                                        .put("displayName", "监管 甲")
                                        .put("password", "mover-password-1"))
                        .statusCode());
        HttpResponse<String> noEnterprise =
                calls().bearer(admin)
                        .send(
                                "PUT",
                                "/api/users/mover",
                                new JsonObject().put("role", "enterprise").encode());
        assertEquals(400, noEnterprise.statusCode());
        assertTrue(
                body(noEnterprise).getString("error").contains("enterpriseId"),
                noEnterprise.body());
        HttpResponse<String> badRole =
                calls().bearer(admin)
                        .send(
                                "PUT",
                                "/api/users/mover",
                                new JsonObject().put("role", "boss").encode());
        assertEquals(400, badRole.statusCode());
        assertTrue(body(badRole).getString("error").startsWith("role:"), badRole.body());

        String token =
                body(calls().post("/api/auth/token", Calls.login("mover", "mover-password-1")))
                        .getString("token");
        HttpResponse<String> moved =
                calls().bearer(admin)
                        .send(
                                "PUT",
                                "/api/users/mover",
                                new JsonObject()
                                        .put("role", "enterprise")
                                        .put("enterpriseId", "T01")
                                        .encode());
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("enterprise", body(moved).getString("role"));
        assertEquals("T01", body(moved).getString("enterpriseId"));
        assertEquals("监管 甲", body(moved).getString("displayName"), "an absent displayName stays");
        assertEquals(
                401,
                calls().bearer(token).get("/api/auth/me").statusCode(),
                "the old role's logins end");

        JsonArray records =
                body(calls().bearer(admin).get("/api/audit?limit=500")).getJsonArray("records");
        boolean audited =
                records.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(
                                r ->
                                        "PUT /api/users/:name".equals(r.getString("action"))
                                                && "/api/users/mover".equals(r.getString("target"))
                                                && r.getJsonObject("detail").getInteger("status")
                                                        == 200);
        assertTrue(audited, "the change is in the audit log: " + records.encode());
    }

    @Test
    void theLastAdministratorIsNeitherDemotedNorDisabled(@TempDir Path other) throws Exception {
        try (TestBackend b = TestBackend.start(other, Map.of())) {
            Calls c = new Calls(b.ports.http()).bearer(b.adminToken());
            // the test administrator and the first one: lock the first, then the test one is the
            // last active one
            assertEquals(
                    200,
                    c.post("/api/users/" + UserService.FIRST_ADMIN + "/lock", null).statusCode());
            String me = "t-admin";
            HttpResponse<String> lock = c.post("/api/users/" + me + "/lock", null);
            assertEquals(409, lock.statusCode());
            assertTrue(
                    body(lock).getString("error").contains("last active administrator"),
                    lock.body());
            assertEquals(200, c.delete("/api/users/" + UserService.FIRST_ADMIN).statusCode());
            HttpResponse<String> demote =
                    c.send(
                            "PUT",
                            "/api/users/" + me,
                            new JsonObject().put("role", "operator").encode());
            assertEquals(409, demote.statusCode());
            assertTrue(
                    body(demote).getString("error").contains("last administrator"), demote.body());
        }
    }

    @Test
    void theGeneratedFirstPasswordMustBeChangedAndAGivenOneNeedNot() throws Exception {
        SecurityConfig config =
                new SecurityConfig(
                        "PW_TEST_ADMIN",
                        5,
                        900_000,
                        20,
                        1_800_000,
                        43_200_000,
                        86_400_000,
                        "PW_TEST_METRICS");
        UserService generated =
                new UserService(
                        new MemoryUserStore(),
                        new PasswordHasher(),
                        Set.of(),
                        config,
                        System::currentTimeMillis);
        assertNotNull(generated.bootstrapAdmin(null));
        assertTrue(generated.find(UserService.FIRST_ADMIN).orElseThrow().mustChangePassword());

        UserService launcher =
                new UserService(
                        new MemoryUserStore(),
                        new PasswordHasher(),
                        Set.of(),
                        config,
                        System::currentTimeMillis);
        assertNull(launcher.bootstrapAdmin("printed-by-launcher-1", true));
        assertTrue(launcher.find(UserService.FIRST_ADMIN).orElseThrow().mustChangePassword());

        UserService chosen =
                new UserService(
                        new MemoryUserStore(),
                        new PasswordHasher(),
                        Set.of(),
                        config,
                        System::currentTimeMillis);
        assertNull(chosen.bootstrapAdmin("chosen-by-operator-1", false));
        assertFalse(chosen.find(UserService.FIRST_ADMIN).orElseThrow().mustChangePassword());
    }

    @Test
    void thePolicyIsPublishedForTheForms() throws Exception {
        HttpResponse<String> r = calls().get("/api/auth/password-policy");
        assertEquals(200, r.statusCode());
        assertEquals(PasswordHasher.MIN_LENGTH, body(r).getInteger("minLength"));
        assertEquals(PasswordHasher.MAX_LENGTH, body(r).getInteger("maxLength"));
    }

    private static String cookie(HttpResponse<String> r) {
        String set =
                r.headers().allValues("Set-Cookie").stream()
                        .filter(v -> v.startsWith(RouteGuard.COOKIE + "="))
                        .findFirst()
                        .orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }
}
