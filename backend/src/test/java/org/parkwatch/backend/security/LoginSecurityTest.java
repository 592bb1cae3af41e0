package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;

/**
 * Login, lock-out, the per-address rate limit, sessions and bearer tokens against a running
 * backend.
 */
class LoginSecurityTest {
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

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAnswerStaysGeneric() throws Exception {
        String user = TestAuth.ensureUser(backend.backend, Role.OPERATOR, null);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r =
                    calls().post("/api/auth/login", Calls.login(user, "wrong-password-" + i));
            assertEquals(401, r.statusCode());
            assertEquals(AuthRoutes.LOGIN_REFUSED, new JsonObject(r.body()).getString("error"));
        }
        HttpResponse<String> locked =
                calls().post("/api/auth/login", Calls.login(user, TestAuth.PASSWORD));
        assertEquals(401, locked.statusCode(), "the right password does not open a locked account");
        assertEquals(AuthRoutes.LOGIN_REFUSED, new JsonObject(locked.body()).getString("error"));
        HttpResponse<String> unknown =
                calls().post("/api/auth/login", Calls.login("nobody-here", "whatever-password"));
        assertEquals(locked.body(), unknown.body(), "an unknown user gets the very same answer");

        assertEquals(
                200,
                calls().bearer(backend.adminToken())
                        .post("/api/users/" + user + "/unlock", null)
                        .statusCode());
        assertEquals(
                200,
                calls().post("/api/auth/login", Calls.login(user, TestAuth.PASSWORD)).statusCode());
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutFromAnother(@TempDir Path other)
            throws Exception {
        // issue 19 D5: an anonymous caller must not be able to lock a legitimate user out
        try (TestBackend b = TestBackend.start(other, Map.of())) {
            String user = TestAuth.ensureUser(b.backend, Role.OPERATOR, null);
            Calls c = new Calls(b.ports.http());
            for (int i = 0; i < 6; i++) {
                assertEquals(
                        401,
                        c.post("/api/auth/login", Calls.login(user, "attacker-guess-" + i))
                                .statusCode());
            }
            assertEquals(
                    401,
                    c.post("/api/auth/login", Calls.login(user, TestAuth.PASSWORD)).statusCode(),
                    "the attacking address stays locked");
            String owner =
                    loginFrom(b.ports.http(), "127.0.0.2", Calls.login(user, TestAuth.PASSWORD));
            assertTrue(owner.startsWith("HTTP/1.1 200"), owner);
            assertTrue(owner.contains("\"username\":\"" + user + "\""), owner);
        }
    }

    /**
     * A login sent over a socket bound to {@code localAddress} (a second loopback address: another
     * caller).
     */
    private static String loginFrom(int port, String localAddress, JsonObject body)
            throws Exception {
        byte[] json = body.encode().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket s =
                new java.net.Socket(
                        java.net.InetAddress.getByName("127.0.0.1"),
                        port,
                        java.net.InetAddress.getByName(localAddress),
                        0)) {
            s.setSoTimeout(30_000);
            String head =
                    "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: "
                            + json.length
                            + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.getOutputStream().write(json);
            s.getOutputStream().flush();
            return new String(
                    s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void anAddressOverItsLoginLimitGets429(@TempDir Path other) throws Exception {
        try (TestBackend b =
                TestBackend.start(other, Map.of("security.loginAttemptsPerMinute", "3"))) {
            String user = TestAuth.ensureUser(b.backend, Role.REGULATOR, null);
            Calls c = new Calls(b.ports.http());
            for (int i = 0; i < 3; i++) {
                assertEquals(
                        401,
                        c.post("/api/auth/login", Calls.login("someone" + i, "wrong-password-1"))
                                .statusCode());
            }
            HttpResponse<String> limited =
                    c.post("/api/auth/login", Calls.login(user, TestAuth.PASSWORD));
            assertEquals(429, limited.statusCode(), limited.body());
            assertTrue(
                    new JsonObject(limited.body())
                            .getString("error")
                            .contains("too many login attempts"));
        }
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieAndMeAnswersUntilLogout() throws Exception {
        TestAuth.Login login = TestAuth.login(backend.backend, Role.REGULATOR, null);
        assertEquals("regulator", login.reply().getString("role"));
        assertTrue(login.reply().getJsonArray("permissions").contains("audit:read"));
        assertFalse(login.reply().getJsonArray("permissions").contains("alarm:operate"));
        assertEquals(43, login.cookie().length(), "256-bit id, base64url");

        HttpResponse<String> raw =
                calls().post(
                                "/api/auth/login",
                                Calls.login(
                                        TestAuth.username(Role.REGULATOR, null),
                                        TestAuth.PASSWORD));
        String setCookie = raw.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);

        Calls session = calls().cookie(login.cookieHeader());
        assertEquals(
                TestAuth.username(Role.REGULATOR, null),
                new JsonObject(session.get("/api/auth/me").body()).getString("username"));
        assertEquals(
                200, session.csrf(login.csrfToken()).post("/api/auth/logout", null).statusCode());
        assertEquals(401, calls().cookie(login.cookieHeader()).get("/api/auth/me").statusCode());
    }

    @Test
    void bearerTokensWorkOnEveryRouteAndBadOnesAreRefused() throws Exception {
        HttpResponse<String> r =
                calls().post(
                                "/api/auth/token",
                                Calls.login(
                                        TestAuth.ensureUser(
                                                backend.backend, Role.ENTERPRISE, "T01"),
                                        TestAuth.PASSWORD));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject t = new JsonObject(r.body());
        assertTrue(t.getLong("expiresAt") > System.currentTimeMillis());
        JsonObject me =
                new JsonObject(calls().bearer(t.getString("token")).get("/api/auth/me").body());
        assertEquals("enterprise", me.getString("role"));
        assertEquals("T01", me.getString("enterpriseId"));
        assertEquals(401, calls().bearer("not-a-token").get("/api/tags").statusCode());
        assertEquals(401, calls().get("/api/tags").statusCode());
        assertEquals(403, calls().bearer(t.getString("token")).get("/api/users").statusCode());
    }

    @Test
    void passwordPolicyAndOwnPasswordChange() throws Exception {
        String admin = backend.adminToken();
        HttpResponse<String> weak =
                calls().bearer(admin)
                        .post(
                                "/api/users",
                                new JsonObject()
                                        .put("username", "weak1")
                                        .put("role", "operator")
                                        .put("password", "short"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("at least 12 characters"), weak.body());
        HttpResponse<String> badEnt =
                calls().bearer(admin)
                        .post(
                                "/api/users",
                                new JsonObject()
                                        .put("username", "ent9")
                                        .put("role", "enterprise")
                                        .put("enterpriseId", "E99")
                                        .put("password", "long-enough-password"));
        assertEquals(400, badEnt.statusCode());
        assertTrue(badEnt.body().contains("enterpriseId 'E99'"), badEnt.body());

        HttpResponse<String> created =
                calls().bearer(admin)
                        .post(
                                "/api/users",
                                new JsonObject()
                                        .put("username", "changer")
                                        .put("role", "operator")
                                        .put("password", "first-password-123"));
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains("pbkdf2"), "no hash leaves the server");
        String token =
                new JsonObject(
                                calls().post(
                                                "/api/auth/token",
                                                Calls.login("changer", "first-password-123"))
                                        .body())
                        .getString("token");
        assertEquals(
                403,
                calls().bearer(token)
                        .post(
                                "/api/auth/password",
                                new JsonObject()
                                        .put("currentPassword", "wrong-one-entirely")
                                        .put("newPassword", "second-password-123"))
                        .statusCode());
        assertEquals(
                200,
                calls().bearer(token)
                        .post(
                                "/api/auth/password",
                                new JsonObject()
                                        .put("currentPassword", "first-password-123")
                                        .put("newPassword", "second-password-123"))
                        .statusCode());
        assertEquals(401, calls().bearer(token).get("/api/auth/me").statusCode(), "old logins end");
        assertEquals(
                401,
                calls().post("/api/auth/login", Calls.login("changer", "first-password-123"))
                        .statusCode());
        assertEquals(
                200,
                calls().post("/api/auth/login", Calls.login("changer", "second-password-123"))
                        .statusCode());
    }

    @Test
    void theLastAdministratorCannotBeDeleted() throws Exception {
        String admin = backend.adminToken();
        // two administrators exist: the first one ("admin") and the test one; delete the first,
        // then refuse the last
        assertEquals(
                200,
                calls().bearer(admin).delete("/api/users/" + UserService.FIRST_ADMIN).statusCode());
        HttpResponse<String> last =
                calls().bearer(admin).delete("/api/users/" + TestAuth.username(Role.ADMIN, null));
        assertEquals(409, last.statusCode());
        assertTrue(last.body().contains("last administrator"), last.body());
    }
}
